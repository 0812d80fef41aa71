package dev.bgsim.pkg;

import java.util.Locale;

/** How bad a {@link Diagnostic} is. Only {@link #ERROR} stops a package from loading. */
public enum Severity {
    /** The package cannot be loaded as it is. */
    ERROR,
    /** The package loads, but something is probably not what the author meant. */
    WARNING,
    /** A note: something was skipped or is worth knowing. */
    INFO;

    /** The word printed in {@code file:line:col: error: message}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
