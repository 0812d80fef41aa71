package dev.bgsim.pkg;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Collects the diagnostics of one load, in the order found. Readers keep going after a problem
 * so that one run reports everything that can be found. Not shared between threads.
 */
public final class Diagnostics {
    private final List<Diagnostic> items = new ArrayList<>();

    public void add(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    public void addAll(Collection<Diagnostic> diagnostics) {
        items.addAll(diagnostics);
    }

    public void error(SourceLocation at, String message, String hint) {
        add(Diagnostic.error(at, message, hint));
    }

    public void warning(SourceLocation at, String message, String hint) {
        add(Diagnostic.warning(at, message, hint));
    }

    public void info(SourceLocation at, String message, String hint) {
        add(Diagnostic.info(at, message, hint));
    }

    /** How many errors so far: readers compare counts to tell whether one item was clean. */
    public int errorCount() {
        return (int) items.stream().filter(Diagnostic::isError).count();
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    /** The diagnostics so far, as an unmodifiable copy. */
    public List<Diagnostic> toList() {
        return List.copyOf(items);
    }
}
