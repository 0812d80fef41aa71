package dev.bgsim.pkg;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where a package was read from.
 *
 * @param form         the package form
 * @param path         the file the user gave (the jar or the manifest file), absolute and normalised
 * @param manifest     where the manifest text is (for a jar: the jar and its {@code bgsim-manifest.json} entry)
 * @param codeJars     the jars that hold the package's classes, absolute, in class path order; empty when there is no code
 * @param codeOrigin   how the code jars were found
 */
public record PackageSource(PackageForm form, Path path, SourceLocation manifest, List<Path> codeJars, CodeOrigin codeOrigin) {
    public PackageSource {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(manifest, "manifest");
        codeJars = List.copyOf(codeJars);
        Objects.requireNonNull(codeOrigin, "codeOrigin");
    }

    /** True when there are classes to load; false for a declarations-only appx package. */
    public boolean hasCode() {
        return !codeJars.isEmpty();
    }

    /** Every file the package was read from (the package file and the code jars): what a reload watches. */
    public List<Path> files() {
        if (codeJars.contains(path)) {
            return codeJars;
        }
        List<Path> all = new ArrayList<>();
        all.add(path);
        all.addAll(codeJars);
        return List.copyOf(all);
    }
}
