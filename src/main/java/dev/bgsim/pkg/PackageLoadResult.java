package dev.bgsim.pkg;

import java.util.List;
import java.util.Optional;

/**
 * What loading one package gave: the package when it had no error, and every diagnostic found
 * (errors, warnings, notes) in the order found.
 */
public final class PackageLoadResult {
    private final BgsimPackage pkg;
    private final List<Diagnostic> diagnostics;

    private PackageLoadResult(BgsimPackage pkg, List<Diagnostic> diagnostics) {
        this.pkg = pkg;
        this.diagnostics = List.copyOf(diagnostics);
    }

    static PackageLoadResult loaded(BgsimPackage pkg, List<Diagnostic> diagnostics) {
        return new PackageLoadResult(pkg, diagnostics);
    }

    static PackageLoadResult refused(List<Diagnostic> diagnostics) {
        if (diagnostics.stream().noneMatch(Diagnostic::isError)) {
            throw new IllegalArgumentException("a refused package needs at least one error");
        }
        return new PackageLoadResult(null, diagnostics);
    }

    /** The package, or empty when an error kept it from loading. */
    public Optional<BgsimPackage> loadedPackage() {
        return Optional.ofNullable(pkg);
    }

    public boolean isLoaded() {
        return pkg != null;
    }

    /** Every diagnostic, errors and warnings and notes. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** The errors only. */
    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    /** The package, or a {@link PackageLoadException} carrying every diagnostic. */
    public BgsimPackage orElseThrow() throws PackageLoadException {
        if (pkg == null) {
            throw new PackageLoadException(diagnostics);
        }
        return pkg;
    }
}
