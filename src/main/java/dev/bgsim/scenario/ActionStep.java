package dev.bgsim.scenario;

import dev.bgsim.scenario.action.Action;

import java.time.Duration;
import java.util.Objects;

/**
 * A step that acts on the simulated system ({@code "do": ...}).
 *
 * @param at       simulated time since the start
 * @param action   what to do
 * @param location where the step starts in the file
 */
public record ActionStep(Duration at, Action action, SourceLocation location) implements Step {

    public ActionStep {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(location, "location");
    }

    @Override
    public String describe() {
        return action.describe();
    }
}
