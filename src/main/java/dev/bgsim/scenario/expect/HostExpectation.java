package dev.bgsim.scenario.expect;

import dev.bgsim.scenario.HostId;

import java.util.Objects;

/**
 * Whether a task host process is alive (started and not exited, crashed or killed).
 *
 * @param host  the host
 * @param alive true: alive; false: never started or gone
 */
public record HostExpectation(HostId host, boolean alive) implements Expectation {

    public HostExpectation {
        Objects.requireNonNull(host, "host");
    }

    @Override
    public String describe() {
        return "host " + host.text() + (alive ? " is alive" : " is dead");
    }
}
