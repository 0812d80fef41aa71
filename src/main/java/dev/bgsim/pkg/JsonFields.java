package dev.bgsim.pkg;

import dev.bgsim.pkg.json.JsonArray;
import dev.bgsim.pkg.json.JsonBoolean;
import dev.bgsim.pkg.json.JsonMember;
import dev.bgsim.pkg.json.JsonNull;
import dev.bgsim.pkg.json.JsonNumber;
import dev.bgsim.pkg.json.JsonObject;
import dev.bgsim.pkg.json.JsonPosition;
import dev.bgsim.pkg.json.JsonString;
import dev.bgsim.pkg.json.JsonValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Typed access to the fields of one JSON object of a manifest, reporting wrong types and
 * missing fields at the offending value and unknown fields as warnings. {@code path} names the
 * object in messages ({@code backgroundTasks[0]}; empty for the top level).
 */
final class JsonFields {
    private final JsonObject object;
    private final String path;
    private final SourceLocation file;
    private final Diagnostics diagnostics;

    private JsonFields(JsonObject object, String path, SourceLocation file, Diagnostics diagnostics) {
        this.object = object;
        this.path = path;
        this.file = file;
        this.diagnostics = diagnostics;
    }

    /**
     * The fields of {@code value} when it is an object (else an error and empty); warns about
     * fields not in {@code knownFields}.
     */
    static Optional<JsonFields> of(JsonValue value, String path, List<String> knownFields, SourceLocation file,
                                   Diagnostics diagnostics) {
        if (!(value instanceof JsonObject object)) {
            diagnostics.error(at(file, value.position()), describe(path) + " must be an object, not " + value.kindName(),
                    "write { ... } here");
            return Optional.empty();
        }
        JsonFields fields = new JsonFields(object, path, file, diagnostics);
        fields.warnUnknown(knownFields);
        return Optional.of(fields);
    }

    private void warnUnknown(List<String> knownFields) {
        for (JsonMember member : object.members()) {
            if (!knownFields.contains(member.name())) {
                diagnostics.warning(at(member.namePosition()), "unknown field \"" + member.name() + "\""
                        + (path.isEmpty() ? "" : " in " + path) + " is ignored",
                        "known fields: " + String.join(", ", knownFields));
            }
        }
    }

    static SourceLocation at(SourceLocation file, JsonPosition position) {
        return file.at(position.line(), position.column());
    }

    SourceLocation at(JsonPosition position) {
        return at(file, position);
    }

    SourceLocation at(JsonValue value) {
        return at(value.position());
    }

    /** Where the object starts. */
    SourceLocation here() {
        return at(object.position());
    }

    String path() {
        return path;
    }

    /** {@code path.field}, or {@code "field"} at the top level. */
    String child(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private static String describe(String path) {
        return path.isEmpty() ? "the manifest" : "\"" + path + "\"";
    }

    Optional<JsonValue> value(String field) {
        return object.get(field);
    }

    /** True when the field is present and not null. */
    boolean has(String field) {
        return value(field).filter(v -> !(v instanceof JsonNull)).isPresent();
    }

    /** Reports a missing required field at the object. */
    void missing(String field, String example) {
        diagnostics.error(here(), (path.isEmpty() ? "the manifest" : path) + " has no \"" + field + "\"",
                "add \"" + field + "\": " + example);
    }

    /** An optional string; null when absent or null; an error when another type. */
    String string(String field) {
        Optional<JsonValue> value = value(field);
        if (value.isEmpty() || value.get() instanceof JsonNull) {
            return null;
        }
        if (value.get() instanceof JsonString s) {
            return s.value();
        }
        wrongType(field, value.get(), "a string");
        return null;
    }

    /** A required, non-blank string; null (with an error) when absent, blank or another type. */
    String requiredString(String field, String example) {
        if (!has(field)) {
            missing(field, example);
            return null;
        }
        String s = string(field);
        if (s != null && s.isBlank()) {
            diagnostics.error(at(value(field).orElseThrow()), "\"" + child(field) + "\" is empty", "write " + example);
            return null;
        }
        return s;
    }

    /** An optional boolean with a default. */
    boolean bool(String field, boolean defaultValue) {
        Optional<JsonValue> value = value(field);
        if (value.isEmpty() || value.get() instanceof JsonNull) {
            return defaultValue;
        }
        if (value.get() instanceof JsonBoolean b) {
            return b.value();
        }
        wrongType(field, value.get(), "true or false");
        return defaultValue;
    }

    /** An optional int; null when absent or wrong (with an error). */
    Integer integer(String field) {
        Optional<JsonValue> value = value(field);
        if (value.isEmpty() || value.get() instanceof JsonNull) {
            return null;
        }
        if (value.get() instanceof JsonNumber n && n.isInt()) {
            return n.value().intValueExact();
        }
        wrongType(field, value.get(), "a whole number");
        return null;
    }

    /** An optional array; empty when absent, null or wrong (with an error). */
    Optional<JsonArray> array(String field) {
        Optional<JsonValue> value = value(field);
        if (value.isEmpty() || value.get() instanceof JsonNull) {
            return Optional.empty();
        }
        if (value.get() instanceof JsonArray a) {
            return Optional.of(a);
        }
        wrongType(field, value.get(), "an array [ ... ]");
        return Optional.empty();
    }

    /** An optional array of non-blank strings; each wrong element is reported and left out. */
    List<JsonString> strings(String field) {
        List<JsonString> result = new ArrayList<>();
        array(field).ifPresent(array -> {
            for (int i = 0; i < array.elements().size(); i++) {
                JsonValue element = array.elements().get(i);
                if (element instanceof JsonString s && !s.value().isBlank()) {
                    result.add(s);
                } else {
                    diagnostics.error(at(element), "\"" + child(field) + "[" + i + "]\" must be a non-empty string, not "
                            + (element instanceof JsonString ? "an empty string" : element.kindName()), "write \"...\" here");
                }
            }
        });
        return result;
    }

    private void wrongType(String field, JsonValue value, String expected) {
        diagnostics.error(at(value), "\"" + child(field) + "\" must be " + expected + ", not " + value.kindName()
                + (value instanceof JsonString s ? " (\"" + s.value() + "\")" : ""), null);
    }
}
