package dev.bgsim.pkg;

import java.util.Objects;

/**
 * An application of the package. Appx manifests may declare several; the first is "the app".
 *
 * @param id         the Application Id ({@code App})
 * @param entryPoint the app class, or null (JavaScript apps, IoT headless apps, bgsim packages without app code)
 * @param location   where its entry point is written (where it is declared when it has none)
 */
public record ApplicationDeclaration(String id, String entryPoint, SourceLocation location) {
    public ApplicationDeclaration {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(location, "location");
    }
}
