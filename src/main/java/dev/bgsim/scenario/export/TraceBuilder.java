package dev.bgsim.scenario.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.EventPayload;
import dev.bgsim.engine.event.Events;
import dev.bgsim.engine.event.Subjects;
import dev.bgsim.engine.event.UnknownEvent;
import dev.bgsim.scenario.record.RecordedSession;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Builds the trace events of one session (see {@link ChromeTraceExport}). One use. */
final class TraceBuilder {
    /** Instance events shown as instants on the instance's thread. */
    private static final Set<String> INSTANCE_MARKS = Set.of("CancelRequested", "InstanceCanceled", "InstanceTerminated",
            "InstanceFailed", "DeferralTaken", "DeferralCompleted", "RunReturned", "WorkAbandoned", "TimeLimitPaused",
            "TaskOutput", "LocalSettingChanged", "NotificationShown", "AppNotified");
    /** Events about a registration shown as instants on its thread. */
    private static final Set<String> REGISTRATION_MARKS = Set.of("TriggerFired", "FireRefused", "ActivationLatched",
            "ActivationCoalesced", "OneShotConsumed", "TriggerRequested", "RegistrationAdded", "RegistrationRemoved");
    private static final Map<String, Integer> MEMORY_LEVELS = Map.of("NORMAL", 0, "LOW", 1, "CRITICAL", 2);

    private final RecordedSession session;
    private final PayloadTrees payloads = new PayloadTrees();
    private final Instant start;
    private final TraceTracks tracks = new TraceTracks();
    private final Map<UUID, Integer> instanceTids = new HashMap<>();
    private final TraceStateSlices appSlices;
    private final TraceStateSlices hostSlices;
    private final TraceStateSlices suspendedSlices;

    TraceBuilder(RecordedSession session) {
        this.session = session;
        this.start = session.start();
        this.appSlices = new TraceStateSlices(start);
        this.hostSlices = new TraceStateSlices(start);
        this.suspendedSlices = new TraceStateSlices(start);
    }

    void build(ArrayNode out, List<TraceFinding> findings) {
        ArrayNode body = out.arrayNode();
        for (InstanceSpan span : InstanceSpans.of(session.events())) {
            instance(span, body);
        }
        for (EngineEvent e : session.events()) {
            event(e, body);
        }
        Instant end = session.end();
        appSlices.closeAll(end, body);
        suspendedSlices.closeAll(end, body);
        hostSlices.closeAll(end, body);
        for (TraceFinding f : findings) {
            finding(f, body);
        }
        tracks.writeMetadata(out);
        out.addAll(body);
    }

    private void instance(InstanceSpan span, ArrayNode out) {
        Instant end = span.ended().orElse(session.end());
        int pid = tracks.pid(span.packageName());
        int tid = tracks.instanceTid(span.packageName(), span.registrationId(), span.registrationName(), span.started(), end);
        instanceTids.put(span.instanceId(), tid);
        ObjectNode slice = slice(span.label(), "instance", span.started(), end, pid, tid);
        ObjectNode args = slice.putObject("args");
        args.put("state", span.state());
        args.put("reason", span.reason());
        args.put("ended", span.endDetail());
        args.put("progress", span.progress() < 0 ? null : span.progress());
        args.put("entryPoint", span.entryPoint());
        args.put("host", span.hostId());
        args.put("forced", span.forced());
        out.add(slice);
        Instant runningUntil = span.cancelRequested().orElse(end);
        out.add(slice("running", "phase", span.started(), runningUntil, pid, tid));
        span.cancelRequested().ifPresent(at -> out.add(
                slice("cancel requested (" + span.reason() + ")", "phase", at, end, pid, tid)));
    }

    private void event(EngineEvent e, ArrayNode out) {
        EventPayload p = e.payload();
        Subjects s = e.subjects();
        if (p instanceof Events.EngineStarted started) {
            counters(started.device(), e.simTime(), out);
        } else if (p instanceof Events.DeviceStateChanged d) {
            out.add(instant("device: " + String.join(", ", d.changed()), "device", e, TraceTracks.DEVICE_PID,
                    TraceTracks.DEVICE_TID));
            counters(d.state(), e.simTime(), out);
        } else if (p instanceof Events.ProgressReported pr) {
            ObjectNode c = TraceJson.event("progress " + s.registrationName() + "#" + s.instanceNumber(), "C",
                    micros(e.simTime()), tracks.pid(s.packageName()), 0);
            c.putObject("args").put("progress", pr.progress());
            out.add(c);
        } else if (p instanceof Events.AppStateChanged a) {
            appState(e, a, out);
        } else if (isHostEvent(p)) {
            host(e, out);
        } else if (s.instanceId() != null && INSTANCE_MARKS.contains(e.type()) && instanceTids.containsKey(s.instanceId())) {
            out.add(instant(instantName(e), "instance", e, tracks.pid(s.packageName()), instanceTids.get(s.instanceId())));
        } else if (s.registrationName() != null && REGISTRATION_MARKS.contains(e.type())) {
            out.add(instant(instantName(e), "registration", e, tracks.pid(s.packageName()),
                    tracks.registrationTid(s.packageName(), s.registrationId(), s.registrationName())));
        } else if (s.packageName() != null) {
            out.add(instant(instantName(e), "package", e, tracks.pid(s.packageName()), TraceTracks.APP_TID));
        } else if (!(p instanceof Events.ClockModeChanged)) {
            out.add(instant(instantName(e), "system", e, TraceTracks.DEVICE_PID, TraceTracks.DEVICE_TID));
        }
    }

    private void appState(EngineEvent e, Events.AppStateChanged a, ArrayNode out) {
        String pkg = e.subjects().packageName();
        int pid = tracks.pid(pkg);
        String key = "app " + pkg;
        appSlices.close(key, e.simTime(), out);
        if (!"NOT_RUNNING".equals(a.to())) {
            appSlices.open(key, a.to(), "app", e.simTime(), pid, TraceTracks.APP_TID);
        }
        out.add(instant(a.action().toLowerCase(Locale.ROOT) + " → " + a.to(), "app", e, pid, TraceTracks.APP_TID));
    }

    private static boolean isHostEvent(EventPayload p) {
        return p instanceof Events.HostStarted || p instanceof Events.HostStopped || p instanceof Events.HostCrashed
                || p instanceof Events.HostSuspended || p instanceof Events.HostResumed;
    }

    private void host(EngineEvent e, ArrayNode out) {
        String hostId = e.subjects().hostId();
        String pkg = e.subjects().packageName() != null ? e.subjects().packageName() : packageOfHost(hostId);
        int pid = tracks.pid(pkg);
        int tid = tracks.hostTid(pkg, hostId);
        EventPayload p = e.payload();
        if (p instanceof Events.HostStarted) {
            hostSlices.open(hostId, "alive", "host", e.simTime(), pid, tid);
        } else if (p instanceof Events.HostSuspended) {
            suspendedSlices.open(hostId, "suspended", "host", e.simTime(), pid, tid);
        } else if (p instanceof Events.HostResumed) {
            suspendedSlices.close(hostId, e.simTime(), out);
        } else {
            suspendedSlices.close(hostId, e.simTime(), out);
            hostSlices.close(hostId, e.simTime(), out);
        }
        out.add(instant(instantName(e), "host", e, pid, tid));
    }

    private static String packageOfHost(String hostId) {
        if (hostId == null) {
            return null;
        }
        String id = hostId.startsWith("app:") ? hostId.substring(4) : hostId;
        int slash = id.indexOf('/');
        return slash < 0 ? id : id.substring(0, slash);
    }

    private void finding(TraceFinding f, ArrayNode out) {
        Subjects s = f.subjects();
        int pid = tracks.pid(s.packageName());
        int tid;
        if (s.instanceId() != null && instanceTids.containsKey(s.instanceId())) {
            tid = instanceTids.get(s.instanceId());
        } else if (s.registrationName() != null) {
            tid = tracks.registrationTid(s.packageName(), s.registrationId(), s.registrationName());
        } else {
            tid = s.packageName() == null ? TraceTracks.DEVICE_TID : TraceTracks.APP_TID;
        }
        ObjectNode n = TraceJson.event("finding " + f.ruleId(), "i", micros(f.simTime()), pid, tid);
        n.put("cat", "finding");
        n.put("s", "t");
        n.putObject("args").put("rule", f.ruleId()).put("severity", f.severity()).put("message", f.message());
        out.add(n);
    }

    private void counters(Map<String, Object> device, Instant at, ArrayNode out) {
        if (device == null) {
            return;
        }
        if (device.get("batteryPercent") instanceof Number n) {
            out.add(counter("battery", "percent", n.intValue(), at));
        }
        if (device.get("batterySaverActive") instanceof Boolean b) {
            out.add(counter("battery saver", "active", b ? 1 : 0, at));
        }
        Integer memory = MEMORY_LEVELS.get(String.valueOf(device.get("memoryPressure")));
        if (memory != null) {
            out.add(counter("memory pressure", "level (0 normal, 1 low, 2 critical)", memory, at));
        }
    }

    private ObjectNode counter(String name, String series, int value, Instant at) {
        ObjectNode c = TraceJson.event(name, "C", micros(at), TraceTracks.DEVICE_PID, 0);
        c.putObject("args").put(series, value);
        return c;
    }

    private ObjectNode slice(String name, String cat, Instant from, Instant to, int pid, int tid) {
        ObjectNode n = TraceJson.event(name, "X", micros(from), pid, tid);
        n.put("cat", cat);
        n.put("dur", TraceJson.micros(Duration.between(from, to)));
        return n;
    }

    private ObjectNode instant(String name, String cat, EngineEvent e, int pid, int tid) {
        ObjectNode n = TraceJson.event(name, "i", micros(e.simTime()), pid, tid);
        n.put("cat", cat);
        n.put("s", "t");
        ObjectNode args = n.putObject("args");
        args.put("seq", e.seq());
        args.put("type", e.type());
        args.set("payload", payloads.of(e));
        return n;
    }

    private static String instantName(EngineEvent e) {
        EventPayload p = e.payload();
        if (p instanceof Events.TriggerFired f) {
            return f.forced() ? "forced fire" : "trigger fired";
        } else if (p instanceof Events.CancelRequested c) {
            return "cancel requested: " + c.reason();
        } else if (p instanceof Events.InstanceCanceled c) {
            return "canceled: " + c.reason();
        } else if (p instanceof Events.InstanceTerminated t) {
            return "terminated: " + t.cause();
        } else if (p instanceof Events.InstanceFailed f) {
            return "failed: " + f.exceptionClass();
        } else if (p instanceof Events.SystemEventRaised r) {
            return "system event " + r.systemTriggerType();
        } else if (p instanceof Events.TaskOutput o) {
            return o.message().length() > 80 ? o.message().substring(0, 79) + "…" : o.message();
        } else if (p instanceof UnknownEvent u) {
            return "unknown event " + u.typeName();
        }
        return e.type();
    }

    private BigDecimal micros(Instant t) {
        return TraceJson.micros(start, t);
    }
}
