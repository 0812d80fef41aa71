package dev.bgsim.scenario.action;

import dev.bgsim.scenario.RegistrationRef;

import java.util.Objects;

/**
 * Unregisters registrations (SPEC 3.3): {@code cancelTask} cancels their running instances with
 * ABORT, otherwise they finish.
 *
 * @param registration every registration of this name
 * @param cancelTask   cancel running instances (true) or let them finish (false)
 */
public record Unregister(RegistrationRef registration, boolean cancelTask) implements Action {

    /** The {@code "do"} word. */
    public static final String VERB = "unregister";

    public Unregister {
        Objects.requireNonNull(registration, "registration");
    }

    @Override
    public String verb() {
        return VERB;
    }

    @Override
    public String describe() {
        return VERB + " " + registration.describe() + (cancelTask ? " (cancelling running tasks)" : "");
    }
}
