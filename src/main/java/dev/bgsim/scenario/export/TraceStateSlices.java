package dev.bgsim.scenario.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Slices for something that is in one state at a time (an app's state, a host being alive or
 * suspended): opened when the state begins, written as a complete slice when it ends.
 */
final class TraceStateSlices {
    private final Map<String, Open> open = new LinkedHashMap<>();
    private final Instant start;

    private record Open(String name, String cat, Instant since, int pid, int tid) {
    }

    /** Slices timed from the session's {@code start}. */
    TraceStateSlices(Instant start) {
        this.start = start;
    }

    /** Starts a slice for {@code key}, ending the one it had. */
    void open(String key, String name, String cat, Instant since, int pid, int tid) {
        open.put(key, new Open(name, cat, since, pid, tid));
    }

    /** Ends {@code key}'s slice at {@code at}, if it has one. */
    void close(String key, Instant at, ArrayNode out) {
        Open o = open.remove(key);
        if (o != null) {
            ObjectNode n = TraceJson.event(o.name(), "X", TraceJson.micros(start, o.since()), o.pid(), o.tid());
            n.put("cat", o.cat());
            n.put("dur", TraceJson.micros(Duration.between(o.since(), at)));
            out.add(n);
        }
    }

    /** Ends every open slice at {@code at} (the end of the recording). */
    void closeAll(Instant at, ArrayNode out) {
        List<String> keys = new ArrayList<>(open.keySet());
        keys.forEach(k -> close(k, at, out));
    }
}
