package dev.bgsim.scenario.expect;

import dev.bgsim.scenario.InstanceRef;
import dev.bgsim.sdk.BackgroundTaskCancellationReason;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What one instance looks like; every given field must match, at least one is given.
 *
 * @param instance       which instance (the expectation fails if it has not started)
 * @param state          its lifecycle state
 * @param reason         the cancellation reason it was given
 * @param progress       the last progress it reported, 0 to 100
 * @param suspendedCount {@code getSuspendedCount()}
 */
public record InstanceExpectation(InstanceRef instance, Optional<InstanceState> state,
                                  Optional<BackgroundTaskCancellationReason> reason, OptionalInt progress,
                                  OptionalInt suspendedCount) implements Expectation {

    public InstanceExpectation {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(suspendedCount, "suspendedCount");
        if (state.isEmpty() && reason.isEmpty() && progress.isEmpty() && suspendedCount.isEmpty()) {
            throw new IllegalArgumentException("an instance expectation needs state, reason, progress or suspendedCount");
        }
    }

    @Override
    public String describe() {
        List<String> parts = new ArrayList<>();
        state.ifPresent(s -> parts.add("state " + s));
        reason.ifPresent(r -> parts.add("reason " + r));
        progress.ifPresent(p -> parts.add("progress " + p));
        suspendedCount.ifPresent(n -> parts.add("suspendedCount " + n));
        return "instance " + instance.describe() + " " + String.join(", ", parts);
    }
}
