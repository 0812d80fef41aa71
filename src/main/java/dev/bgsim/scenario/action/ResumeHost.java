package dev.bgsim.scenario.action;

import dev.bgsim.scenario.HostId;

import java.util.Objects;

/**
 * Thaws a suspended task host (SPEC 3.8).
 *
 * @param host the host
 */
public record ResumeHost(HostId host) implements Action {

    /** The {@code "do"} word. */
    public static final String VERB = "resumeHost";

    public ResumeHost {
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
