package dev.bgsim.ui.inspector;

import dev.bgsim.ui.session.HostRecord;
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

    static Map<String, String> of(InstanceRecord i, Instant now, HostRecord host, String cpuTime) {
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
        m.put("Memory", memory(host));
        m.put("CPU time", cpuTime);
        m.put("Suspended", i.suspendedCount() + " time(s)");
        m.put("Cancellation", i.cancelReason() == null ? "—" : i.cancelReason());
        m.put("Result", i.outcome() == null ? (i.runReturned() ? "run() returned; waiting for deferrals" : "running")
                : i.outcome());
        if (i.exception() != null) {
            m.put("Exception", i.exception());
        }
        return m;
    }

    /** What each row means, for its tooltip. */
    static String describe(String fact) {
        return switch (fact) {
            case "Trigger" -> "What fired this instance: USER (fired from bgsim), SYSTEM, APP, and the trigger class";
            case "Details" -> "The trigger details the task received (ApplicationTrigger arguments, push payload...)";
            case "Conditions" -> "Conditions of the registration; all held when the instance started";
            case "Entry point" -> "The task class that runs, or the app's in-process handler";
            case "Host" -> "The task host process running it (see the Hosts list)";
            case "Started" -> "Simulated time the instance started; forced fires skip conditions and policy";
            case "Grace" -> "After a cancellation request, the time left before the instance is terminated";
            case "Memory" -> "Heap in use by its task host at the last sample, against the host's cap"
                    + " (on a phone the cap is the profile's memory quota)";
            case "CPU time" -> "CPU time its code used, sampled every 100 ms while it runs: the sum over its threads"
                    + " in bgsim's JVM, or, in a child-JVM host, that process's total (shared by the host's instances)."
                    + " A thread's time after its last sample is lost when it ends";
            case "Suspended" -> "How often its host was suspended while it ran";
            case "Cancellation" -> "The cancellation reason the task was given, if any";
            case "Result" -> "How the instance ended, or what it is waiting for";
            case "Exception" -> "What escaped run(), with its message";
            default -> fact;
        };
    }

    /** The heap of the instance's host at its last sample: what its tasks hold, garbage not yet collected included. */
    static String memory(HostRecord host) {
        if (host == null || host.heapUsedBytes() < 0) {
            return host != null && "IN_JVM".equals(host.kind()) ? "not measured (runs in bgsim's own JVM)" : "no sample yet";
        }
        return mb(host.heapUsedBytes()) + " of " + mb(host.heapMaxBytes()) + " host heap";
    }

    private static String mb(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
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
