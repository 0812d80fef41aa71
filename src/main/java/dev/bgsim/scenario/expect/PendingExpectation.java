package dev.bgsim.scenario.expect;

import dev.bgsim.scenario.RegistrationRef;

import java.util.Objects;
import java.util.Optional;

/**
 * Whether a registration has a latched activation waiting to start (SPEC 3.5), and why.
 *
 * @param registration the registration
 * @param pending      true: an activation waits; false: none does
 * @param whyContains  text the "why pending" explanation must contain (case-insensitive); only
 *                     with {@code pending} true
 */
public record PendingExpectation(RegistrationRef registration, boolean pending, Optional<String> whyContains)
        implements Expectation {

    public PendingExpectation {
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(whyContains, "whyContains");
        if (!pending && whyContains.isPresent()) {
            throw new IllegalArgumentException("a registration that is not pending has no reason to wait");
        }
    }

    @Override
    public String describe() {
        return registration.describe() + (pending ? " is pending" : " is not pending")
                + whyContains.map(w -> " because of \"" + w + "\"").orElse("");
    }
}
