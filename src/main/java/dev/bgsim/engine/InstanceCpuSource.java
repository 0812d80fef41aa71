package dev.bgsim.engine;

import dev.bgsim.host.process.HostProcess;
import java.util.UUID;

/**
 * Where a live instance's CPU time can be read (SPEC 5, the inspector's CPU time): the thread group
 * its code runs in when it runs in bgsim's JVM, or the child process it shares with the other
 * instances of its host. Exactly one of the two is set. Reading the times is the reader's work,
 * on its own thread, not the engine's.
 *
 * @param instanceId the instance
 * @param threads    its thread group (run(), its listeners and every thread it started), or null
 * @param process    its host's child JVM (whose heartbeats carry the process's CPU time), or null
 */
public record InstanceCpuSource(UUID instanceId, ThreadGroup threads, HostProcess process) {
}
