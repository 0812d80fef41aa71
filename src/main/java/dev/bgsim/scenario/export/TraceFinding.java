package dev.bgsim.scenario.export;

import dev.bgsim.engine.event.Subjects;
import java.time.Instant;
import java.util.Objects;

/**
 * A checker finding to mark on the trace: an instant on the track of what it concerns.
 *
 * @param subjects what it concerns (as on the event that showed it)
 * @param simTime  when
 * @param ruleId   the rule
 * @param severity how bad ("warning", "error"...)
 * @param message  what happened
 */
public record TraceFinding(Subjects subjects, Instant simTime, String ruleId, String severity, String message) {
    public TraceFinding {
        Objects.requireNonNull(subjects, "subjects");
        Objects.requireNonNull(simTime, "simTime");
        Objects.requireNonNull(ruleId, "ruleId");
    }
}
