package dev.bgsim.pkg.json;

import java.util.Objects;

/**
 * One {@code "name": value} pair of an object.
 *
 * @param name         the field name
 * @param namePosition where the field name starts
 * @param value        the value, with its own position
 */
public record JsonMember(String name, JsonPosition namePosition, JsonValue value) {
    public JsonMember {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(namePosition, "namePosition");
        Objects.requireNonNull(value, "value");
    }
}
