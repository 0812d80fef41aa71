package dev.bgsim.scenario.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bgsim.scenario.record.RecordedSession;
import dev.bgsim.scenario.record.RecordingHeader;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * A recorded session as Chrome trace event JSON ({@code {"traceEvents": [...]}}), which Perfetto
 * (ui.perfetto.dev) and chrome://tracing open. Timestamps are microseconds of simulated time
 * since the session's start.
 *
 * <ul>
 *   <li>process 1 "Device and system": a device thread with device changes, system events and
 *       profile changes as instants; counters for battery percent, battery saver and memory
 *       pressure;</li>
 *   <li>a process per package: an "app" thread with the app's states as slices, a thread per host
 *       (alive, suspended) and a thread per registration with each instance as a complete slice
 *       ({@code ph "X"}) holding its state, reason and progress in {@code args}, its phases
 *       (running, cancel requested) nested inside, and instants for triggers, latches,
 *       cancellations, ends, deferrals, output and findings; a progress counter per instance.</li>
 * </ul>
 */
public final class ChromeTraceExport {
    private final ObjectMapper mapper = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT)
            .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);

    /** The trace of {@code session}, with {@code findings} marked where they happened. */
    public ObjectNode toJson(RecordedSession session, List<TraceFinding> findings) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode events = root.putArray("traceEvents");
        new TraceBuilder(session).build(events, findings);
        root.put("displayTimeUnit", "ms");
        ObjectNode other = root.putObject("otherData");
        other.put("producer", "bgsim");
        session.header().ifPresent(h -> describe(other, h));
        other.put("simulatedStart", session.start().toString());
        other.put("timestamps", "microseconds of simulated time since simulatedStart");
        return root;
    }

    /** Writes the trace of {@code session} to {@code out} (not closed). */
    public void write(RecordedSession session, List<TraceFinding> findings, OutputStream out) throws IOException {
        mapper.writeValue(out, toJson(session, findings));
    }

    private static void describe(ObjectNode other, RecordingHeader h) {
        other.put("bgsimVersion", h.bgsimVersion());
        other.put("title", h.title());
        other.put("profile", h.profile());
        other.put("recorded", h.created().toString());
    }
}
