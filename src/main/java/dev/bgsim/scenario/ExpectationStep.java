package dev.bgsim.scenario;

import dev.bgsim.scenario.expect.Expectation;

import java.time.Duration;
import java.util.Objects;

/**
 * A step that checks the simulated system ({@code "expect": {...}}); it passes or fails.
 *
 * @param at          simulated time since the start
 * @param expectation what must hold at that time
 * @param location    where the step starts in the file
 */
public record ExpectationStep(Duration at, Expectation expectation, SourceLocation location) implements Step {

    public ExpectationStep {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(expectation, "expectation");
        Objects.requireNonNull(location, "location");
    }

    @Override
    public String describe() {
        return expectation.describe();
    }
}
