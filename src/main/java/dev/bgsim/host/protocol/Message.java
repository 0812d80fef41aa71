package dev.bgsim.host.protocol;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One protocol message: a {@link MessageType} and its fields, validated against the type's schema
 * when built or decoded. Immutable; safe to hand between threads.
 */
public final class Message {
    private final MessageType type;
    private final Map<Field, Object> fields;

    private Message(MessageType type, Map<Field, Object> fields) {
        this.type = type;
        this.fields = Collections.unmodifiableMap(fields);
    }

    /** Starts a message of {@code type}; add fields with {@link Builder#with} and finish with {@link Builder#build}. */
    public static Builder of(MessageType type) {
        return new Builder(Objects.requireNonNull(type, "type"));
    }

    /**
     * Checks decoded fields against the schema of {@code type}.
     *
     * @throws ProtocolException naming the missing, unexpected or mistyped field
     */
    static Message validated(MessageType type, Map<Field, Object> fields) throws ProtocolException {
        String problem = problem(type, fields);
        if (problem != null) {
            throw new ProtocolException(problem);
        }
        return new Message(type, new EnumMap<>(fields));
    }

    private static String problem(MessageType type, Map<Field, Object> fields) {
        for (Field f : type.required()) {
            if (!fields.containsKey(f)) {
                return type + " frame lacks the required field \"" + f.wireName() + "\"";
            }
        }
        for (Map.Entry<Field, Object> e : fields.entrySet()) {
            Field f = e.getKey();
            if (!type.allows(f)) {
                return type + " frame has a field it does not allow: \"" + f.wireName() + "\"";
            }
            Object v = e.getValue();
            boolean nullAllowed = f.kind() == FieldKind.ANY;
            if (v == null ? !nullAllowed : !f.kind().accepts(v)) {
                return type + " frame field \"" + f.wireName() + "\" must be " + f.kind().description()
                        + ", was " + (v == null ? "null" : v.getClass().getSimpleName());
            }
        }
        return null;
    }

    /** The message's type. */
    public MessageType type() {
        return type;
    }

    /** Whether the field is present (a present field may be JSON null only when its kind is ANY). */
    public boolean has(Field field) {
        return fields.containsKey(field);
    }

    /** A required STRING field. */
    public String string(Field field) {
        return (String) fields.get(field);
    }

    /** An optional STRING field, or {@code fallback} when absent. */
    public String string(Field field, String fallback) {
        Object v = fields.get(field);
        return v == null ? fallback : (String) v;
    }

    /** An INTEGER field ({@code fallback}-free: call only for required fields or after {@link #has}). */
    public long integer(Field field) {
        return ((Number) fields.get(field)).longValue();
    }

    /** A NUMBER field. */
    public double number(Field field) {
        return ((Number) fields.get(field)).doubleValue();
    }

    /** A BOOLEAN field. */
    public boolean bool(Field field) {
        return (Boolean) fields.get(field);
    }

    /** A STRING_LIST field. */
    @SuppressWarnings("unchecked")
    public List<String> strings(Field field) {
        return (List<String>) fields.get(field);
    }

    /** An OBJECT field. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> object(Field field) {
        return (Map<String, Object>) fields.get(field);
    }

    /** Any field's raw value (null when absent or JSON null). */
    public Object value(Field field) {
        return fields.get(field);
    }

    /** The fields, keyed by wire name in declaration order: what goes on the wire after {@code type}. */
    Map<String, Object> wireFields() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", type.wireName());
        for (Map.Entry<Field, Object> e : fields.entrySet()) {
            out.put(e.getKey().wireName(), e.getValue());
        }
        return out;
    }

    @Override
    public String toString() {
        return JsonWriter.write(wireFields());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Message m && m.type == type && m.fields.equals(fields);
    }

    @Override
    public int hashCode() {
        return type.hashCode() * 31 + fields.hashCode();
    }

    /** Collects fields for one message. Not thread-safe; use it on one thread and discard it. */
    public static final class Builder {
        private final MessageType type;
        private final Map<Field, Object> fields = new EnumMap<>(Field.class);

        private Builder(MessageType type) {
            this.type = type;
        }

        /** Sets a field; {@code int} values are widened to {@code long} as the decoder would produce. */
        public Builder with(Field field, Object value) {
            fields.put(field, value instanceof Integer i ? Long.valueOf(i) : value);
            return this;
        }

        /** Sets a field only when {@code value} is not null. */
        public Builder withOptional(Field field, Object value) {
            return value == null ? this : with(field, value);
        }

        /**
         * The message.
         *
         * @throws IllegalArgumentException when a field is missing, not allowed or mistyped: a bug in the sender
         */
        public Message build() {
            String problem = problem(type, fields);
            if (problem != null) {
                throw new IllegalArgumentException(problem);
            }
            return new Message(type, new EnumMap<>(fields));
        }
    }
}
