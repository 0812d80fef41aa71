package dev.bgsim.pkg.json;

import java.util.List;
import java.util.Optional;

/**
 * A JSON object: its members in text order (the parser refuses duplicate names).
 *
 * @param members  the members, in order
 * @param position the opening brace
 */
public record JsonObject(List<JsonMember> members, JsonPosition position) implements JsonValue {
    public JsonObject {
        members = List.copyOf(members);
    }

    /** The member called {@code name}. */
    public Optional<JsonMember> member(String name) {
        return members.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    /** The value of the member called {@code name}. */
    public Optional<JsonValue> get(String name) {
        return member(name).map(JsonMember::value);
    }

    @Override
    public String kindName() {
        return "an object";
    }
}
