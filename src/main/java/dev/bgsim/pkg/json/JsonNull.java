package dev.bgsim.pkg.json;

/**
 * A JSON {@code null}.
 *
 * @param position where it starts
 */
public record JsonNull(JsonPosition position) implements JsonValue {
    @Override
    public String kindName() {
        return "null";
    }
}
