package dev.bgsim.ui.inspector;

import dev.bgsim.engine.InstanceCpuSource;
import dev.bgsim.host.process.HostVitals;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Reads the CPU time of live instances from where the engine says it is (SPEC 5, the inspector's
 * CPU time): the sum over an in-JVM instance's threads (ThreadMXBean), or the last heartbeat of a
 * child host process. A thread's time is kept after the thread ends, at its last sample; what it
 * used after that sample is lost, since a JVM forgets the CPU time of ended threads. One sampler
 * thread only.
 */
final class CpuMeter {
    private final ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    private final boolean threadsMeasured;
    /** Per live in-JVM instance: thread id → CPU time at its last sample. */
    private final Map<UUID, Map<Long, Long>> perThread = new HashMap<>();

    CpuMeter() {
        boolean supported = mx.isThreadCpuTimeSupported();
        if (supported && !mx.isThreadCpuTimeEnabled()) {
            try {
                mx.setThreadCpuTimeEnabled(true);
            } catch (UnsupportedOperationException | SecurityException e) {
                supported = false;
            }
        }
        threadsMeasured = supported;
    }

    /** False when this JVM cannot measure thread CPU time: in-JVM instances then show "not measured". */
    boolean threadsMeasured() {
        return threadsMeasured;
    }

    /** Reads every source; returns the readings that were taken (an instance without one yet is left out). */
    Map<UUID, CpuReading> sample(List<InstanceCpuSource> sources) {
        Map<UUID, CpuReading> out = new HashMap<>();
        Set<UUID> live = new HashSet<>();
        for (InstanceCpuSource s : sources) {
            live.add(s.instanceId());
            if (s.threads() != null && threadsMeasured) {
                out.put(s.instanceId(), new CpuReading(threads(s.instanceId(), s.threads()), false));
            } else if (s.process() != null) {
                HostVitals v = s.process().vitals();
                if (v != null && v.cpuNanos() >= 0) {
                    out.put(s.instanceId(), new CpuReading(v.cpuNanos(), true));
                }
            }
        }
        perThread.keySet().retainAll(live);
        return out;
    }

    private long threads(UUID instance, ThreadGroup group) {
        Map<Long, Long> seen = perThread.computeIfAbsent(instance, k -> new HashMap<>());
        Thread[] all = new Thread[group.activeCount() + 8];
        int n = group.enumerate(all, true);
        for (int i = 0; i < n; i++) {
            long cpu = mx.getThreadCpuTime(all[i].getId());
            if (cpu >= 0) {
                seen.merge(all[i].getId(), cpu, Math::max);
            }
        }
        long sum = 0;
        for (long v : seen.values()) {
            sum += v;
        }
        return sum;
    }
}
