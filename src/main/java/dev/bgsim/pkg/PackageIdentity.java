package dev.bgsim.pkg;

import java.util.Objects;

/**
 * Who a package is. The {@code name} is the key: two loaded packages never share it.
 *
 * @param name        identity name, e.g. {@code Microsoft.SDKSamples.BackgroundTask.CS}
 * @param version     the version, compared on update
 * @param displayName the name people read (the identity name when the manifest has none)
 * @param publisher   the publisher ({@code CN=...} in appx manifests), or null
 */
public record PackageIdentity(String name, PackageVersion version, String displayName, String publisher) {
    public PackageIdentity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(displayName, "displayName");
    }
}
