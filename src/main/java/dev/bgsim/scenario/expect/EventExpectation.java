package dev.bgsim.scenario.expect;

import dev.bgsim.scenario.DurationText;

import java.time.Duration;
import java.util.Objects;

/**
 * Whether an event of a type happened in a window of simulated time (both ends included).
 *
 * @param eventType the event type name, e.g. {@code InstanceCanceled}
 * @param from      window start, since the start of the scenario
 * @param to        window end, no later than the step's time
 * @param occurred  true: at least one such event; false: none
 * @param subject   which events count
 */
public record EventExpectation(String eventType, Duration from, Duration to, boolean occurred,
                               SubjectFilter subject) implements Expectation {

    public EventExpectation {
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        if (from.compareTo(to) > 0) {
            throw new IllegalArgumentException("window starts after it ends: " + from + " > " + to);
        }
    }

    @Override
    public String describe() {
        return "event " + eventType + subject.describe() + (occurred ? " occurred" : " did not occur")
                + " between " + DurationText.format(from) + " and " + DurationText.format(to);
    }
}
