package dev.bgsim.scenario.export;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/** Building blocks of Chrome trace events: every event has {@code name}, {@code ph}, {@code ts}, {@code pid}, {@code tid}. */
final class TraceJson {
    private TraceJson() {
    }

    /** An event; {@code ts} in microseconds. */
    static ObjectNode event(String name, String ph, BigDecimal ts, int pid, int tid) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("name", name);
        n.put("ph", ph);
        n.put("ts", ts);
        n.put("pid", pid);
        n.put("tid", tid);
        return n;
    }

    /** An event at time zero (metadata). */
    static ObjectNode event(String name, String ph, int ts, int pid, int tid) {
        return event(name, ph, BigDecimal.valueOf(ts), pid, tid);
    }

    /** Microseconds of simulated time from {@code start} to {@code t}, exact to the nanosecond. */
    static BigDecimal micros(Instant start, Instant t) {
        return micros(Duration.between(start, t));
    }

    /** A duration in microseconds, exact to the nanosecond; never negative. */
    static BigDecimal micros(Duration d) {
        if (d.isNegative()) {
            return BigDecimal.ZERO;
        }
        BigDecimal us = BigDecimal.valueOf(d.toNanos(), 3).stripTrailingZeros();
        return us.scale() < 0 ? us.setScale(0) : us;
    }
}
