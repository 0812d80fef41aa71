package dev.bgsim.scenario.report;

import java.util.Objects;

/**
 * A guidelines checker finding raised during a scenario run (SPEC 4), as reports show it.
 *
 * @param ruleId   the checker rule id
 * @param severity e.g. {@code error}, {@code warning}, {@code info}
 * @param subject  what it concerns (instance, registration, package), as text
 * @param message  what the checker says
 */
public record ReportedFinding(String ruleId, String severity, String subject, String message) {

    public ReportedFinding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
    }

    /** {@code severity ruleId subject: message}. */
    public String describe() {
        return severity + " " + ruleId + (subject.isEmpty() ? "" : " " + subject) + ": " + message;
    }
}
