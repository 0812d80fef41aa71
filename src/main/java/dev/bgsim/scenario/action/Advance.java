package dev.bgsim.scenario.action;

import dev.bgsim.scenario.DurationText;

import java.time.Duration;
import java.util.Objects;

/**
 * Lets simulated time run for a while from the step's {@code at}; the next step may not start
 * before the advance ends.
 *
 * @param by how long, more than zero
 */
public record Advance(Duration by) implements Action {

    /** The {@code "do"} word. */
    public static final String VERB = "advance";

    public Advance {
        Objects.requireNonNull(by, "by");
        if (by.isNegative() || by.isZero()) {
            throw new IllegalArgumentException("advance needs a positive duration, got " + by);
        }
    }

    @Override
    public String verb() {
        return VERB;
    }

    @Override
    public String describe() {
        return VERB + " by " + DurationText.format(by);
    }
}
