package dev.bgsim.scenario.parse;

import dev.bgsim.scenario.SourceLocation;

import java.util.List;

/** A JSON array. */
record LocatedArray(List<LocatedValue> items, SourceLocation location) implements LocatedValue {

    LocatedArray {
        items = List.copyOf(items);
    }

    @Override
    public String describe() {
        return "an array";
    }
}
