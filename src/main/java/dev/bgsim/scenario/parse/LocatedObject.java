package dev.bgsim.scenario.parse;

import dev.bgsim.scenario.SourceLocation;

import java.util.List;
import java.util.Optional;

/** A JSON object whose members keep their file order and the locations of their names. */
record LocatedObject(List<Member> members, SourceLocation location) implements LocatedValue {

    /** One {@code "name": value} pair. */
    record Member(String name, SourceLocation nameLocation, LocatedValue value) {
    }

    LocatedObject {
        members = List.copyOf(members);
    }

    boolean has(String name) {
        return member(name).isPresent();
    }

    Optional<Member> member(String name) {
        return members.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    @Override
    public String describe() {
        return "an object";
    }
}
