package dev.bgsim.scenario.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bgsim.engine.event.EventJson;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of recording lines. A header line is an object with {@code "bgsimRecording"} (the
 * format version); a package line has {@code "bgsimPackage"}; an end line
 * {@code "bgsimRecordingEnd"}; any other line is an event in the engine's {@link EventJson} form. Each line is one JSON object, no line breaks inside.
 * Thread-safe.
 */
public final class RecordingLines {
    static final String HEADER_FIELD = "bgsimRecording";
    static final String PACKAGE_FIELD = "bgsimPackage";
    static final String END_FIELD = "bgsimRecordingEnd";

    private final ObjectMapper mapper = new ObjectMapper();
    private final EventJson events = new EventJson();

    /** The header line (no newline). */
    public String header(RecordingHeader h) {
        ObjectNode n = mapper.createObjectNode();
        n.put(HEADER_FIELD, h.formatVersion());
        n.put("bgsimVersion", h.bgsimVersion());
        n.put("title", h.title());
        n.put("profile", h.profile());
        n.put("start", h.start().toString());
        n.put("created", h.created().toString());
        ArrayNode pkgs = n.putArray("packages");
        h.packages().forEach(p -> pkgs.add(packageNode(p)));
        return text(n);
    }

    /** A package line (no newline). */
    public String packageOpened(RecordedPackage p) {
        ObjectNode n = mapper.createObjectNode();
        n.set(PACKAGE_FIELD, packageNode(p));
        return text(n);
    }

    /** The end line: recording stopped with the simulated clock at {@code simTime} (no newline). */
    public String end(Instant simTime, Instant wallTime) {
        ObjectNode n = mapper.createObjectNode();
        n.putObject(END_FIELD).put("sim", simTime.toString()).put("wall", wallTime.toString());
        return text(n);
    }

    /** An event line (no newline). */
    public String event(dev.bgsim.engine.event.EngineEvent e) {
        return events.write(e);
    }

    /**
     * Reads one line.
     *
     * @throws IllegalArgumentException saying what is wrong when the line is none of the three
     */
    public RecordingLine read(String line) {
        JsonNode n;
        try {
            n = mapper.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        if (n.has(HEADER_FIELD)) {
            return new RecordingLine.Header(readHeader(n));
        }
        if (n.has(PACKAGE_FIELD)) {
            return new RecordingLine.PackageOpened(readPackage(n.get(PACKAGE_FIELD)));
        }
        if (n.has(END_FIELD)) {
            return new RecordingLine.End(instant(n.get(END_FIELD), "sim"), instant(n.get(END_FIELD), "wall"));
        }
        for (String field : List.of("seq", "sim", "wall", "type")) {
            if (!n.hasNonNull(field)) {
                throw new IllegalArgumentException("an event line needs \"" + field + "\"");
            }
        }
        return new RecordingLine.Event(events.read(line));
    }

    private RecordingHeader readHeader(JsonNode n) {
        JsonNode version = n.get(HEADER_FIELD);
        if (!version.canConvertToInt()) {
            throw new IllegalArgumentException("\"" + HEADER_FIELD + "\" must be the format version, a whole number");
        }
        List<RecordedPackage> packages = new ArrayList<>();
        for (JsonNode p : n.path("packages")) {
            packages.add(readPackage(p));
        }
        return new RecordingHeader(version.asInt(), n.path("bgsimVersion").asText("unknown"), n.path("title").asText(""),
                required(n, "profile"), instant(n, "start"), instant(n, "created"), packages);
    }

    private RecordedPackage readPackage(JsonNode p) {
        List<RecordedFile> files = new ArrayList<>();
        for (JsonNode f : p.path("files")) {
            files.add(new RecordedFile(required(f, "path"), required(f, "sha256")));
        }
        return new RecordedPackage(required(p, "identity"), required(p, "version"), required(p, "file"), files);
    }

    private ObjectNode packageNode(RecordedPackage p) {
        ObjectNode n = mapper.createObjectNode();
        n.put("identity", p.identity());
        n.put("version", p.version());
        n.put("file", p.file());
        ArrayNode files = n.putArray("files");
        for (RecordedFile f : p.files()) {
            files.addObject().put("path", f.path()).put("sha256", f.sha256());
        }
        return n;
    }

    private static String required(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("\"" + field + "\" is missing or not a string");
        }
        return v.asText();
    }

    private static Instant instant(JsonNode n, String field) {
        String text = required(n, field);
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + field + "\" is not an ISO-8601 instant: " + text, e);
        }
    }

    private String text(ObjectNode n) {
        try {
            return mapper.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a recording line", e);
        }
    }
}
