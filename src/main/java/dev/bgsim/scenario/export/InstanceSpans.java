package dev.bgsim.scenario.export;

import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.EventPayload;
import dev.bgsim.engine.event.Events;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Folds a session's events into its instances, in start order. */
public final class InstanceSpans {
    private InstanceSpans() {
    }

    /** Every instance that started in {@code events}, as it stood after the last of them. */
    public static List<InstanceSpan> of(List<EngineEvent> events) {
        Map<UUID, InstanceSpan> spans = new LinkedHashMap<>();
        for (EngineEvent e : events) {
            UUID id = e.subjects().instanceId();
            if (id == null) {
                continue;
            }
            EventPayload p = e.payload();
            if (p instanceof Events.InstanceStarted s) {
                spans.put(id, new InstanceSpan(id, e.subjects().packageName(), e.subjects().registrationId(),
                        e.subjects().registrationName(), e.subjects().instanceNumber(), e.subjects().hostId(),
                        s.entryPoint(), s.forced(), e.simTime(), Optional.empty(), Optional.empty(), "RUNNING", null, null,
                        -1));
                continue;
            }
            InstanceSpan span = spans.get(id);
            if (span != null) {
                spans.put(id, next(span, e));
            }
        }
        return new ArrayList<>(spans.values());
    }

    private static InstanceSpan next(InstanceSpan span, EngineEvent e) {
        EventPayload p = e.payload();
        if (p instanceof Events.CancelRequested c) {
            return span.withCancelRequested(e.simTime(), c.reason());
        } else if (p instanceof Events.ProgressReported pr) {
            return span.withProgress(pr.progress());
        } else if (p instanceof Events.InstanceCompleted) {
            return span.withEnd(e.simTime(), "COMPLETED", null, null);
        } else if (p instanceof Events.InstanceCanceled c) {
            return span.withEnd(e.simTime(), "CANCELED", c.reason(), null);
        } else if (p instanceof Events.InstanceFailed f) {
            return span.withEnd(e.simTime(), "FAILED", null, f.exceptionClass());
        } else if (p instanceof Events.InstanceTerminated t) {
            return span.withEnd(e.simTime(), "TERMINATED", null, t.cause());
        }
        return span;
    }
}
