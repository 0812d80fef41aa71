package dev.bgsim.scenario.expect;

import dev.bgsim.scenario.RegistrationRef;

import java.util.Objects;
import java.util.Optional;

/**
 * How many instances of a registration have started so far (or are in one state now).
 *
 * @param registration whose instances are counted
 * @param count        the expected number, 0 or more
 * @param inState      count only instances in this state now; empty: every instance started
 */
public record InstanceCountExpectation(RegistrationRef registration, int count, Optional<InstanceState> inState)
        implements Expectation {

    public InstanceCountExpectation {
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(inState, "inState");
        if (count < 0) {
            throw new IllegalArgumentException("count must be 0 or more, got " + count);
        }
    }

    @Override
    public String describe() {
        return registration.describe() + " has " + count + (count == 1 ? " instance" : " instances")
                + inState.map(s -> " in state " + s).orElse("");
    }
}
