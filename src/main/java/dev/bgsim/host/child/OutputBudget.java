package dev.bgsim.host.child;

import dev.bgsim.host.protocol.Field;
import dev.bgsim.host.protocol.Message;
import dev.bgsim.host.protocol.MessageType;

/**
 * How many bytes of output one instance (or the host itself) may still send. Past the cap,
 * output is dropped and counted: a task that floods its output cannot flood bgsim. Thread-safe.
 */
final class OutputBudget {
    private final long capBytes;
    private long sent;
    private long dropped;
    private long droppedReported;

    OutputBudget(long capBytes) {
        this.capBytes = capBytes;
    }

    /** Takes up to {@code len} bytes from the budget; returns how many may be sent (the rest is counted as dropped). */
    synchronized int take(int len) {
        long allowed = Math.max(0, Math.min(len, capBytes - sent));
        sent += allowed;
        dropped += len - allowed;
        return (int) allowed;
    }

    /** Whether nothing was reported yet although bytes were dropped: the first drop is told at once, later ones by the heartbeat. */
    synchronized boolean firstDropUnreported() {
        return droppedReported == 0 && dropped > 0;
    }

    /** The total of dropped bytes when it grew since the last report (marking it reported); 0 when it did not. */
    synchronized long takeUnreportedDrops() {
        if (dropped == droppedReported) {
            return 0;
        }
        droppedReported = dropped;
        return dropped;
    }

    /** Sends OUTPUT_DROPPED with the drop total when it grew since the last report. */
    void reportTo(HostChannel channel, String instanceId) {
        long drops = takeUnreportedDrops();
        if (drops > 0) {
            channel.send(Message.of(MessageType.OUTPUT_DROPPED).with(Field.DROPPED_BYTES, drops)
                    .withOptional(Field.INSTANCE_ID, instanceId).build());
        }
    }
}
