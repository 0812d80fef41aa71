package dev.bgsim.pkg.json;

/**
 * A JSON {@code true} or {@code false}.
 *
 * @param value    the value
 * @param position where it starts
 */
public record JsonBoolean(boolean value, JsonPosition position) implements JsonValue {
    @Override
    public String kindName() {
        return "a boolean";
    }
}
