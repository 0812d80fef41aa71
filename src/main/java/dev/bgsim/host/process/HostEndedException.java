package dev.bgsim.host.process;

/** What {@link HostProcess#ready()} and pings fail with when the host ends first; carries the exit report. */
public final class HostEndedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient HostExit exit;

    HostEndedException(HostExit exit) {
        super(exit.describe());
        this.exit = exit;
    }

    /** How the host ended. */
    public HostExit exit() {
        return exit;
    }
}
