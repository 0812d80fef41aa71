package dev.bgsim.ui.inspector;

import dev.bgsim.ui.session.InstanceRecord;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/** The label/value rows the inspector shows for an instance. */
final class InspectorFacts {
    /** Simulated time of day in the clock's zone (UTC), as the toolbar and the event log show it. */
    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm:ss.SSS")
            .withZone(ZoneOffset.UTC);

    private InspectorFacts() {
    }

    static Map<String, String> of(InstanceRecord i, Instant now) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Trigger", i.trigger() == null ? i.registration().trigger() : i.trigger());
        if (i.triggerDetails() != null) {
            m.put("Details", i.triggerDetails());
        }
        m.put("Conditions", i.registration().conditions().isEmpty() ? "none"
                : String.join(", ", i.registration().conditions()));
        m.put("Entry point", i.inProcess() ? "in-process (app)" : i.registration().entryPoint());
        m.put("Host", i.hostId() == null ? "—" : i.hostId());
        m.put("Started", TIME_OF_DAY.format(i.started()) + (i.forced() ? "  (forced)" : ""));
        m.put("Grace", grace(i, now));
        m.put("Memory", "not measured by the in-JVM host");
        m.put("Suspended", i.suspendedCount() + " time(s)");
        m.put("Cancellation", i.cancelReason() == null ? "—" : i.cancelReason());
        m.put("Result", i.outcome() == null ? (i.runReturned() ? "run() returned; waiting for deferrals" : "running")
                : i.outcome());
        if (i.exception() != null) {
            m.put("Exception", i.exception());
        }
        return m;
    }

    private static String grace(InstanceRecord i, Instant now) {
        if (i.graceEnds() == null) {
            return "—";
        }
        if (i.isFinal()) {
            return "ended";
        }
        Duration left = Duration.between(now, i.graceEnds());
        return left.isNegative() ? "expired" : format(left) + " left";
    }

    static String format(Duration d) {
        long ms = d.toMillis();
        if (ms < 60_000) {
            return String.format("%.1f s", ms / 1000.0);
        }
        return String.format("%d:%02d min", d.toMinutes(), d.toSecondsPart());
    }
}
