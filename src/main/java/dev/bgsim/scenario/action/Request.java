package dev.bgsim.scenario.action;

import dev.bgsim.scenario.RegistrationRef;

import java.util.Map;
import java.util.Objects;

/**
 * The app calls {@code requestAsync} on a registration's ApplicationTrigger or
 * MediaProcessingTrigger (SPEC 3.4), with the rules of a request from the app (foreground only,
 * CURRENTLY_RUNNING, DISABLED_BY_POLICY ...), unlike {@link FireRegistration}, which is the user.
 *
 * @param registration the registration whose trigger is requested
 * @param arguments    the arguments the task sees in its trigger details; empty for none
 */
public record Request(RegistrationRef registration, Map<String, Object> arguments) implements Action {

    /** The {@code "do"} word. */
    public static final String VERB = "request";

    public Request {
        Objects.requireNonNull(registration, "registration");
        arguments = Arguments.copyOf(arguments);
    }

    @Override
    public String verb() {
        return VERB;
    }

    @Override
    public String describe() {
        return VERB + " " + registration.describe() + Arguments.describe(arguments);
    }
}
