package dev.bgsim.scenario.action;

import dev.bgsim.scenario.HostId;

import java.util.Objects;

/**
 * Freezes a task host (SPEC 3.8): its instances stop making progress and their suspended count goes up.
 *
 * @param host the host
 */
public record SuspendHost(HostId host) implements Action {

    /** The {@code "do"} word. */
    public static final String VERB = "suspendHost";

    public SuspendHost {
        Objects.requireNonNull(host, "host");
    }

    @Override
    public String verb() {
        return VERB;
    }

    @Override
    public String describe() {
        return VERB + " " + host.text();
    }
}
