package dev.bgsim.engine.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Events to and from one JSON line each:
 * {@code {"seq":1,"sim":"...","wall":"...","type":"InstanceCanceled","package":...,"registrationId":...,
 * "registration":...,"instanceId":...,"instance":3,"host":...,"payload":{...}}}. Unknown types read as
 * {@link UnknownEvent}. Thread-safe.
 */
public final class EventJson {
    private final ObjectMapper mapper;
    private final Map<String, Class<?>> types = new HashMap<>();

    public EventJson() {
        SimpleModule time = new SimpleModule("bgsim-time");
        time.addSerializer(Instant.class, ToStringSerializer.instance);
        time.addSerializer(Duration.class, ToStringSerializer.instance);
        time.addDeserializer(Instant.class, new FromStringDeserializer<>(Instant.class) {
            @Override
            protected Instant _deserialize(String value, com.fasterxml.jackson.databind.DeserializationContext ctxt) {
                return Instant.parse(value);
            }
        });
        time.addDeserializer(Duration.class, new FromStringDeserializer<>(Duration.class) {
            @Override
            protected Duration _deserialize(String value, com.fasterxml.jackson.databind.DeserializationContext ctxt) {
                return Duration.parse(value);
            }
        });
        mapper = new ObjectMapper()
                .registerModule(time)
                .disable(SerializationFeature.INDENT_OUTPUT)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        for (Class<?> c : Events.types()) {
            types.put(c.getSimpleName(), c);
        }
    }

    /** One line, no trailing newline. */
    public String write(EngineEvent e) {
        ObjectNode n = mapper.createObjectNode();
        n.put("seq", e.seq());
        n.put("sim", e.simTime().toString());
        n.put("wall", e.wallTime().toString());
        n.put("type", e.type());
        Subjects s = e.subjects();
        putIfNotNull(n, "package", s.packageName());
        putIfNotNull(n, "registrationId", s.registrationId());
        putIfNotNull(n, "registration", s.registrationName());
        putIfNotNull(n, "instanceId", s.instanceId());
        if (s.instanceNumber() > 0) {
            n.put("instance", s.instanceNumber());
        }
        putIfNotNull(n, "host", s.hostId());
        if (e.payload() instanceof UnknownEvent u) {
            n.set("payload", mapper.valueToTree(u.fields()));
        } else {
            n.set("payload", mapper.valueToTree(e.payload()));
        }
        try {
            return mapper.writeValueAsString(n);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot write event " + e.describe(), ex);
        }
    }

    /** Reads one line; throws IllegalArgumentException with the reason when it is not an event. */
    public EngineEvent read(String line) {
        try {
            JsonNode n = mapper.readTree(line);
            String type = n.path("type").asText();
            JsonNode payloadNode = n.path("payload");
            Class<?> cls = types.get(type);
            EventPayload payload;
            if (cls == null) {
                @SuppressWarnings("unchecked")
                Map<String, Object> fields = mapper.convertValue(payloadNode, Map.class);
                payload = new UnknownEvent(type, fields == null ? Map.of() : fields);
            } else {
                payload = (EventPayload) mapper.treeToValue(payloadNode, cls);
            }
            Subjects subjects = new Subjects(text(n, "package"), uuid(n, "registrationId"), text(n, "registration"),
                    uuid(n, "instanceId"), n.path("instance").asInt(0), text(n, "host"));
            return new EngineEvent(n.path("seq").asLong(), Instant.parse(n.path("sim").asText()),
                    Instant.parse(n.path("wall").asText()), subjects, payload);
        } catch (JsonProcessingException | RuntimeException ex) {
            throw new IllegalArgumentException("not an event line: " + ex.getMessage(), ex);
        }
    }

    private static void putIfNotNull(ObjectNode n, String field, Object v) {
        if (v != null) {
            n.put(field, v.toString());
        }
    }

    private static String text(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static UUID uuid(JsonNode n, String f) {
        String t = text(n, f);
        return t == null ? null : UUID.fromString(t);
    }
}
