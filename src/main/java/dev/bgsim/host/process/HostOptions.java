package dev.bgsim.host.process;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How to start one host JVM. Immutable; make variants with the {@code with...} methods.
 *
 * @param label            names the host in thread names and messages ("package demo, default host")
 * @param heapMaxBytes     the -Xmx cap (the profile's memory quota); 0 for the JVM default
 * @param debug            open a JDWP port on 127.0.0.1
 * @param debugSuspend     with {@code debug}: the JVM waits for the debugger before running main
 * @param outputCapBytes   output each instance may send before the rest is dropped
 * @param heartbeat        how often the host beats
 * @param unresponsiveAfter silence after which the listener hears {@code onUnresponsive}
 * @param readyTimeout     how long the host may take to say READY before it is killed (not while debugSuspend)
 * @param classDataSharing use (and on first use record) an AppCDS archive for a faster start
 * @param extraJvmArgs     more JVM options, after bgsim's own
 */
public record HostOptions(String label, long heapMaxBytes, boolean debug, boolean debugSuspend,
        long outputCapBytes, Duration heartbeat, Duration unresponsiveAfter, Duration readyTimeout,
        boolean classDataSharing, List<String> extraJvmArgs) {

    public HostOptions {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(heartbeat, "heartbeat");
        Objects.requireNonNull(unresponsiveAfter, "unresponsiveAfter");
        Objects.requireNonNull(readyTimeout, "readyTimeout");
        extraJvmArgs = List.copyOf(extraJvmArgs);
        if (heapMaxBytes != 0 && heapMaxBytes < 8L << 20) {
            throw new IllegalArgumentException("a host heap cap below 8 MiB leaves no room for the host itself: " + heapMaxBytes);
        }
    }

    /** Defaults: no heap cap, no debugger, 1 MiB output per instance, 200 ms beat, silent after 2 s, ready within 20 s, CDS on. */
    public static HostOptions defaults(String label) {
        return new HostOptions(label, 0, false, false, 1L << 20, Duration.ofMillis(200),
                Duration.ofSeconds(2), Duration.ofSeconds(20), true, List.of());
    }

    public HostOptions withLabel(String value) {
        return new HostOptions(value, heapMaxBytes, debug, debugSuspend, outputCapBytes, heartbeat,
                unresponsiveAfter, readyTimeout, classDataSharing, extraJvmArgs);
    }

    public HostOptions withHeapMaxBytes(long value) {
        return new HostOptions(label, value, debug, debugSuspend, outputCapBytes, heartbeat,
                unresponsiveAfter, readyTimeout, classDataSharing, extraJvmArgs);
    }

    public HostOptions withDebug(boolean on, boolean suspend) {
        return new HostOptions(label, heapMaxBytes, on, suspend, outputCapBytes, heartbeat,
                unresponsiveAfter, readyTimeout, classDataSharing, extraJvmArgs);
    }

    public HostOptions withOutputCapBytes(long value) {
        return new HostOptions(label, heapMaxBytes, debug, debugSuspend, value, heartbeat,
                unresponsiveAfter, readyTimeout, classDataSharing, extraJvmArgs);
    }

    public HostOptions withHeartbeat(Duration beat, Duration silentAfter) {
        return new HostOptions(label, heapMaxBytes, debug, debugSuspend, outputCapBytes, beat,
                silentAfter, readyTimeout, classDataSharing, extraJvmArgs);
    }

    public HostOptions withClassDataSharing(boolean on) {
        return new HostOptions(label, heapMaxBytes, debug, debugSuspend, outputCapBytes, heartbeat,
                unresponsiveAfter, readyTimeout, on, extraJvmArgs);
    }

    public HostOptions withExtraJvmArgs(List<String> value) {
        return new HostOptions(label, heapMaxBytes, debug, debugSuspend, outputCapBytes, heartbeat,
                unresponsiveAfter, readyTimeout, classDataSharing, value);
    }

    /** Whether two option sets start interchangeable hosts (everything but the label), so a spare fits. */
    public boolean sameLaunchAs(HostOptions o) {
        return withLabel("").equals(o.withLabel(""));
    }
}
