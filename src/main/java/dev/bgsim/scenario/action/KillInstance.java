package dev.bgsim.scenario.action;

import dev.bgsim.scenario.InstanceRef;

import java.util.Objects;

/**
 * Terminates one instance without any callback (SPEC 3.7); out-of-process this kills its host,
 * taking the host's other instances with it.
 *
 * @param instance the instance to kill
 */
public record KillInstance(InstanceRef instance) implements Action {

    /** The {@code "do"} word, shared by the three kill actions. */
    public static final String VERB = "kill";

    public KillInstance {
        Objects.requireNonNull(instance, "instance");
    }

    @Override
    public String verb() {
        return VERB;
    }

    @Override
    public String describe() {
        return VERB + " instance " + instance.describe();
    }
}
