package dev.bgsim.engine.packages;

import dev.bgsim.pkg.BgsimPackage;
import dev.bgsim.pkg.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where a package loaded from files came from: what a reload reads again, and what an update
 * compares.
 *
 * @param path          the file the user gave (jar, bgsim-manifest.json, appx manifest or a folder), absolute
 * @param codeJar       the {@code --code} jar given with it, or null
 * @param contentDigest SHA-256 of the package file and its code jars: same version and same digest = nothing changed
 * @param loaded        what the loader read
 * @param diagnostics   the loader's warnings and notes (a loaded package has no errors)
 */
public record PackageOrigin(Path path, Path codeJar, String contentDigest, BgsimPackage loaded, List<Diagnostic> diagnostics) {
    public PackageOrigin {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(contentDigest, "contentDigest");
        Objects.requireNonNull(loaded, "loaded");
        diagnostics = List.copyOf(diagnostics);
    }
}
