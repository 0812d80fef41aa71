package dev.bgsim.checker;

import dev.bgsim.engine.event.Subjects;
import dev.bgsim.pkg.Severity;

import java.time.Instant;
import java.util.Objects;

/**
 * One guideline broken, at one moment: which rule, how bad, what it concerns, when, and the
 * specifics. Immutable.
 *
 * @param rule     the catalogue rule
 * @param severity usually the rule's; a finding may be graver (an undeclared task type the strict profile refused)
 * @param subjects the package, registration, instance and host it concerns (as on the event that showed it)
 * @param simTime  the simulated time of that event
 * @param seq      the sequence number of that event in the engine's stream (0 for static findings)
 * @param message  what happened, with names and numbers
 */
public record Finding(Rule rule, Severity severity, Subjects subjects, Instant simTime, long seq, String message) {
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(subjects, "subjects");
        Objects.requireNonNull(simTime, "simTime");
        Objects.requireNonNull(message, "message");
    }

    public String ruleId() {
        return rule.id();
    }

    /** What it concerns, as people name it: {@code Sync#2}, {@code Sync}, {@code host H}, or the package. */
    public String subject() {
        if (subjects.registrationName() != null) {
            return subjects.registrationName() + (subjects.instanceNumber() > 0 ? "#" + subjects.instanceNumber() : "");
        }
        if (subjects.hostId() != null) {
            return "host " + subjects.hostId();
        }
        return subjects.packageName() != null ? subjects.packageName() : "";
    }

    /** {@code warning BG101 Sync#1 at 2026-01-01T08:00:30Z: message}, for logs, reports and test failures. */
    public String describe() {
        String who = subject();
        return severity.label() + " " + rule.id() + (who.isEmpty() ? "" : " " + who) + " at " + simTime + ": " + message;
    }

    @Override
    public String toString() {
        return describe();
    }
}
