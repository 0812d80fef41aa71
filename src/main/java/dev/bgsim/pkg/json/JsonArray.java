package dev.bgsim.pkg.json;

import java.util.List;

/**
 * A JSON array.
 *
 * @param elements the elements, in order
 * @param position the opening bracket
 */
public record JsonArray(List<JsonValue> elements, JsonPosition position) implements JsonValue {
    public JsonArray {
        elements = List.copyOf(elements);
    }

    @Override
    public String kindName() {
        return "an array";
    }
}
