package dev.bgsim.pkg.json;

import java.util.Objects;

/**
 * A JSON string.
 *
 * @param value    the text, unescaped
 * @param position the opening quote
 */
public record JsonString(String value, JsonPosition position) implements JsonValue {
    public JsonString {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String kindName() {
        return "a string";
    }
}
