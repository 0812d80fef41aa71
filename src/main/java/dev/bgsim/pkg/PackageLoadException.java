package dev.bgsim.pkg;

import java.util.List;
import java.util.stream.Collectors;

/** A package could not be loaded; carries every diagnostic found, not just the first error. */
public final class PackageLoadException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;

    public PackageLoadException(List<Diagnostic> diagnostics) {
        super(summary(diagnostics));
        this.diagnostics = List.copyOf(diagnostics);
    }

    private static String summary(List<Diagnostic> diagnostics) {
        List<Diagnostic> errors = diagnostics.stream().filter(Diagnostic::isError).toList();
        return "the package cannot be loaded (" + errors.size() + (errors.size() == 1 ? " error" : " errors") + "):\n"
                + errors.stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
    }

    /** Every diagnostic of the failed load, in the order found. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
