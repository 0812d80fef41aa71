package dev.bgsim.scenario.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The processes and threads of a trace: process 1 is the device and system; every package is a
 * process with an app thread, a thread per host and a thread per registration (more than one
 * when its instances overlap, so that slices on a thread always nest). Writes the metadata events
 * that name and order them.
 */
final class TraceTracks {
    static final int DEVICE_PID = 1;
    static final int DEVICE_TID = 1;
    static final int APP_TID = 1;
    private static final int FIRST_HOST_TID = 100;
    private static final int FIRST_REGISTRATION_TID = 1000;

    private final Map<String, Integer> pids = new LinkedHashMap<>();
    private final Map<String, Integer> hostTids = new LinkedHashMap<>();
    private final Map<UUID, List<Lane>> registrationLanes = new LinkedHashMap<>();
    private final Map<Integer, Integer> nextHostTid = new LinkedHashMap<>();
    private final Map<Integer, Integer> nextRegistrationTid = new LinkedHashMap<>();
    private final List<Thread> threads = new ArrayList<>();

    /** One thread of a registration and until when an instance occupies it. */
    private static final class Lane {
        private final int tid;
        private Instant busyUntil = Instant.MIN;

        Lane(int tid) {
            this.tid = tid;
        }
    }

    private record Thread(int pid, int tid, String name) {
    }

    /** The process of a package (created on first use); the device process for none. */
    int pid(String packageName) {
        if (packageName == null) {
            return DEVICE_PID;
        }
        return pids.computeIfAbsent(packageName, p -> {
            int pid = pids.size() + 2;
            threads.add(new Thread(pid, APP_TID, "app"));
            return pid;
        });
    }

    /** The thread of a host. */
    int hostTid(String packageName, String hostId) {
        int pid = pid(packageName);
        return hostTids.computeIfAbsent(hostId, h -> {
            int tid = allocate(nextHostTid, pid, FIRST_HOST_TID);
            threads.add(new Thread(pid, tid, "host " + h));
            return tid;
        });
    }

    /** The first thread of a registration (triggers and marks go there). */
    int registrationTid(String packageName, UUID registrationId, String name) {
        return lanes(packageName, registrationId, name).get(0).tid;
    }

    /** A thread of the registration that is free from {@code start}; it is then busy until {@code end}. */
    int instanceTid(String packageName, UUID registrationId, String name, Instant start, Instant end) {
        List<Lane> lanes = lanes(packageName, registrationId, name);
        for (Lane lane : lanes) {
            if (!lane.busyUntil.isAfter(start)) {
                lane.busyUntil = end;
                return lane.tid;
            }
        }
        int pid = pid(packageName);
        Lane lane = new Lane(allocate(nextRegistrationTid, pid, FIRST_REGISTRATION_TID));
        threads.add(new Thread(pid, lane.tid, name + " (" + (lanes.size() + 1) + ")"));
        lane.busyUntil = end;
        lanes.add(lane);
        return lane.tid;
    }

    private List<Lane> lanes(String packageName, UUID registrationId, String name) {
        UUID key = registrationId == null ? new UUID(0, name.hashCode()) : registrationId;
        return registrationLanes.computeIfAbsent(key, k -> {
            int pid = pid(packageName);
            Lane first = new Lane(allocate(nextRegistrationTid, pid, FIRST_REGISTRATION_TID));
            threads.add(new Thread(pid, first.tid, name));
            List<Lane> lanes = new ArrayList<>();
            lanes.add(first);
            return lanes;
        });
    }

    private static int allocate(Map<Integer, Integer> next, int pid, int base) {
        int tid = next.getOrDefault(pid, base);
        next.put(pid, tid + 1);
        return tid;
    }

    /** Metadata events: names and sort order of every process and thread used. */
    void writeMetadata(ArrayNode out) {
        out.add(meta("process_name", DEVICE_PID, 0, "Device and system"));
        out.add(sortIndex("process_sort_index", DEVICE_PID, 0, 0));
        out.add(meta("thread_name", DEVICE_PID, DEVICE_TID, "device"));
        pids.forEach((pkg, pid) -> {
            out.add(meta("process_name", pid, 0, pkg));
            out.add(sortIndex("process_sort_index", pid, 0, pid));
        });
        for (Thread t : threads) {
            out.add(meta("thread_name", t.pid(), t.tid(), t.name()));
            out.add(sortIndex("thread_sort_index", t.pid(), t.tid(), t.tid()));
        }
    }

    private static ObjectNode meta(String name, int pid, int tid, String value) {
        ObjectNode n = TraceJson.event(name, "M", 0, pid, tid);
        n.putObject("args").put("name", value);
        return n;
    }

    private static ObjectNode sortIndex(String name, int pid, int tid, int index) {
        ObjectNode n = TraceJson.event(name, "M", 0, pid, tid);
        n.putObject("args").put("sort_index", index);
        return n;
    }
}
