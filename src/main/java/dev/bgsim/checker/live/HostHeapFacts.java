package dev.bgsim.checker.live;

import dev.bgsim.engine.event.Subjects;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What BG112 needs to remember about child-JVM task hosts: the heap each had at its last sample
 * and the instances that ran in it since then (ended ones included: a quick task may be over
 * before the next heartbeat shows what it allocated). One thread only (the checker's).
 */
final class HostHeapFacts {
    private final Map<String, Long> lastSample = new HashMap<>();
    private final Map<String, Map<String, Subjects>> ranSinceSample = new HashMap<>();
    private final Map<String, Subjects> running = new HashMap<>();

    /** The heap in use at the host's previous sample; 0 before its first (a new JVM's heap is nearly empty). */
    long previous(String hostId) {
        return lastSample.getOrDefault(hostId, 0L);
    }

    /** The instances that ran in the host since its previous sample, in start order. */
    List<Subjects> ranSinceSample(String hostId) {
        return new ArrayList<>(ranSinceSample.getOrDefault(hostId, Map.of()).values());
    }

    void started(Subjects instance) {
        if (instance.hostId() == null || instance.instanceId() == null) {
            return;
        }
        String key = instance.instanceId().toString();
        running.put(key, instance);
        ranSinceSample.computeIfAbsent(instance.hostId(), h -> new LinkedHashMap<>()).put(key, instance);
    }

    void ended(Subjects instance) {
        if (instance.instanceId() != null) {
            running.remove(instance.instanceId().toString());
        }
    }

    /** A new sample: it becomes the previous one, and only the instances still running carry over. */
    void sampled(String hostId, long heapUsed) {
        lastSample.put(hostId, heapUsed);
        Map<String, Subjects> carried = new LinkedHashMap<>();
        running.forEach((key, s) -> {
            if (hostId.equals(s.hostId())) {
                carried.put(key, s);
            }
        });
        ranSinceSample.put(hostId, carried);
    }

    /**
     * The host was let go. Its last sample stays: a warm host taken from the pool again under the
     * same id goes on from that heap (the engine sends a new sample only when it moved).
     */
    void hostGone(String hostId) {
        ranSinceSample.remove(hostId);
    }
}
