package dev.bgsim.host.process;

import dev.bgsim.host.protocol.Message;
import java.time.Duration;

/**
 * Hears what one host does. The engine's adapter turns these calls into engine commands; it must
 * return quickly (post and go), because the calling thread is the host's reader.
 */
public interface HostListener {
    /**
     * A valid frame from the host, in the order the host sent them (READY and HEARTBEAT included).
     * Called on the host's reader thread.
     */
    void onMessage(HostProcess host, Message message);

    /** The host ended. Called once, on the reader thread, after the last {@link #onMessage}. */
    void onExit(HostProcess host, HostExit exit);

    /**
     * No heartbeat for {@code silentFor} although bgsim did not freeze the host: frozen from
     * outside, or wedged. Called once per silence, on the host's watchdog thread.
     */
    default void onUnresponsive(HostProcess host, Duration silentFor) {
    }

    /** Heartbeats came back after {@link #onUnresponsive}. Called on the reader thread. */
    default void onResponsiveAgain(HostProcess host) {
    }

    /** A line the JVM wrote to its real stderr (not task output). Called on the host's stderr thread. */
    default void onStderrLine(HostProcess host, String line) {
    }
}
