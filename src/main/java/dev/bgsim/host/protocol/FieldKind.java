package dev.bgsim.host.protocol;

import java.util.List;
import java.util.Map;

/** The JSON shape a {@link Field} must have on the wire. */
public enum FieldKind {
    /** A JSON string. */
    STRING,
    /** A JSON integer that fits in a {@code long}. */
    INTEGER,
    /** A JSON number (integer or not), read as a {@code double}. */
    NUMBER,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** A JSON array of strings. */
    STRING_LIST,
    /** A JSON object. */
    OBJECT,
    /** Any JSON value, including {@code null}. */
    ANY;

    /** Whether {@code value} (as {@link JsonReader} produces it, or as a sender supplies it) has this shape. */
    public boolean accepts(Object value) {
        return switch (this) {
            case STRING -> value instanceof String;
            case INTEGER -> value instanceof Long || value instanceof Integer;
            case NUMBER -> value instanceof Number;
            case BOOLEAN -> value instanceof Boolean;
            case STRING_LIST -> value instanceof List<?> list && allStrings(list);
            case OBJECT -> value instanceof Map<?, ?>;
            case ANY -> true;
        };
    }

    private static boolean allStrings(List<?> list) {
        for (Object o : list) {
            if (!(o instanceof String)) {
                return false;
            }
        }
        return true;
    }

    /** "a string", "an integer"... for error messages. */
    public String description() {
        return switch (this) {
            case STRING -> "a string";
            case INTEGER -> "an integer";
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
            case STRING_LIST -> "an array of strings";
            case OBJECT -> "an object";
            case ANY -> "any JSON value";
        };
    }
}
