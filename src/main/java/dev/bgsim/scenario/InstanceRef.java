package dev.bgsim.scenario;

import java.util.Objects;

/**
 * One task instance: the {@code number}-th instance started for a registration, counting from 1
 * in start order. Scenario files write it {@code "registration": "X", "instance": 1}.
 *
 * @param registration whose instances are counted
 * @param number       1-based position in start order
 */
public record InstanceRef(RegistrationRef registration, int number) {

    public InstanceRef {
        Objects.requireNonNull(registration, "registration");
        if (number < 1) {
            throw new IllegalArgumentException("instance numbers start at 1, got " + number);
        }
    }

    /** {@code NAME#N}, with the package in front when given. */
    public String describe() {
        return registration.describe() + "#" + number;
    }
}
