package dev.bgsim.scenario.action;

import dev.bgsim.scenario.RegistrationRef;

import java.util.Map;
import java.util.Objects;

/**
 * Fires a registration's trigger by hand (SPEC 3.4). A normal fire obeys conditions and policy;
 * a forced fire skips them and is marked forced.
 *
 * @param registration every registration of this name (names are not unique)
 * @param force        skip conditions and policy
 * @param arguments    the trigger details payload (application, custom and push triggers);
 *                     JSON values, possibly null; empty for none
 */
public record FireRegistration(RegistrationRef registration, boolean force, Map<String, Object> arguments)
        implements Action {

    /** The {@code "do"} word, shared with {@link FireSystemEvent}. */
    public static final String VERB = "fire";

    public FireRegistration {
        Objects.requireNonNull(registration, "registration");
        arguments = Arguments.copyOf(arguments);
    }

    @Override
    public String verb() {
        return VERB;
    }

    @Override
    public String describe() {
        return VERB + " " + registration.describe() + (force ? " (forced)" : "") + Arguments.describe(arguments);
    }
}
