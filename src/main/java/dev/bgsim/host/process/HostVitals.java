package dev.bgsim.host.process;

import java.time.Instant;

/**
 * The last heartbeat of a host.
 *
 * @param cpuNanos  CPU time the host process used so far (-1 when the OS does not tell)
 * @param heapUsed  heap in use, bytes
 * @param heapMax   the heap cap, bytes
 * @param threads   live threads in the host's main thread group
 * @param paused    whether a cooperative pause is in force
 * @param receivedAt wall-clock time the beat arrived
 */
public record HostVitals(long cpuNanos, long heapUsed, long heapMax, long threads, boolean paused, Instant receivedAt) {
}
