package dev.bgsim.scenario.action;

import dev.bgsim.scenario.HostId;

import java.util.Objects;

/**
 * Kills a task host process (SPEC 3.7, 3.8): every instance in it is terminated.
 *
 * @param host the host to kill
 */
public record KillHost(HostId host) implements Action {

    public KillHost {
        Objects.requireNonNull(host, "host");
    }

    @Override
    public String verb() {
        return KillInstance.VERB;
    }

    @Override
    public String describe() {
        return KillInstance.VERB + " host " + host.text();
    }
}
