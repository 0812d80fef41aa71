package dev.bgsim.pkg;

import java.util.Objects;

/**
 * One problem found in a package: where, how bad, what is wrong and what would be right.
 *
 * @param severity error, warning or info
 * @param location the file (and jar entry, line, column) it is about
 * @param message  what is wrong, naming the offending value
 * @param hint     what would be right, or null when the message already says it
 */
public record Diagnostic(Severity severity, SourceLocation location, String message, String hint) {

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    public static Diagnostic error(SourceLocation location, String message, String hint) {
        return new Diagnostic(Severity.ERROR, location, message, hint);
    }

    public static Diagnostic warning(SourceLocation location, String message, String hint) {
        return new Diagnostic(Severity.WARNING, location, message, hint);
    }

    public static Diagnostic info(SourceLocation location, String message, String hint) {
        return new Diagnostic(Severity.INFO, location, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** One line: {@code file:line:col: error: message; hint}. */
    public String format() {
        String line = location + ": " + severity.label() + ": " + message;
        return hint == null ? line : line + "; " + hint;
    }

    @Override
    public String toString() {
        return format();
    }
}
