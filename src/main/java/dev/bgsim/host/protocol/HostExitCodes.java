package dev.bgsim.host.protocol;

/** Exit codes a host uses for its own reasons, so the parent can tell them from a task's {@code System.exit}. */
public final class HostExitCodes {
    /** Stdin closed or SHUTDOWN received: bgsim let the host go. */
    public static final int NORMAL = 0;
    /** bgsim sent a frame the host could not accept; the reason is on the host's stderr. */
    public static final int PROTOCOL_VIOLATION = 86;
    /** The channel to bgsim broke (bgsim is gone). */
    public static final int CHANNEL_BROKEN = 87;
    /** The host itself failed to start (bad arguments, JVM trouble); the reason is on its stderr. */
    public static final int START_FAILURE = 88;

    private HostExitCodes() {
    }
}
