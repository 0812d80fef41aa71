package dev.bgsim.pkg;

import java.util.Objects;

/**
 * One problem found in a package: where, how bad, what is wrong and what would be right.
 *
 * @param severity error, warning or info
 * @param location the file (and jar entry, line, column) it is about
 * @param message  what is wrong, naming the offending value
 * @param hint     what would be right, or null when the message already says it
 * @param ruleId   the guideline checker's rule id ({@code BG305}) when a checker rule found it, else null
 */
public record Diagnostic(Severity severity, SourceLocation location, String message, String hint, String ruleId) {

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    /** A problem no checker rule owns (a load rule). */
    public Diagnostic(Severity severity, SourceLocation location, String message, String hint) {
        this(severity, location, message, hint, null);
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

    /** The same problem, attributed to a checker rule. */
    public Diagnostic withRuleId(String id) {
        return new Diagnostic(severity, location, message, hint, id);
    }

    /** One line: {@code file:line:col: error: message; hint}, or {@code file:line:col: error BG305: message; hint} for a rule's finding. */
    public String format() {
        String line = location + ": " + severity.label() + (ruleId == null ? "" : " " + ruleId) + ": " + message;
        return hint == null ? line : line + "; " + hint;
    }

    @Override
    public String toString() {
        return format();
    }
}
