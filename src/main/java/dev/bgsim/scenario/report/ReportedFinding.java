package dev.bgsim.scenario.report;

import dev.bgsim.scenario.DurationText;

import java.time.Duration;
import java.util.Objects;

/**
 * A guidelines checker finding raised during a scenario run (SPEC 4), as reports show it.
 *
 * @param ruleId   the checker rule id
 * @param severity e.g. {@code error}, {@code warning}, {@code info}
 * @param subject  what it concerns (instance, registration, package), as text
 * @param at       simulated time since the scenario's start when the event that showed it happened
 * @param message  what the checker says
 */
public record ReportedFinding(String ruleId, String severity, String subject, Duration at, String message) {

    public ReportedFinding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(message, "message");
    }

    /** {@code severity ruleId subject at 12s: message}. */
    public String describe() {
        return severity + " " + ruleId + (subject.isEmpty() ? "" : " " + subject) + " at " + DurationText.format(at)
                + ": " + message;
    }
}
