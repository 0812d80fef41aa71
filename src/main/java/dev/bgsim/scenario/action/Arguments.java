package dev.bgsim.scenario.action;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Immutable copies and one-line text of the JSON argument maps that triggers carry. */
final class Arguments {

    private Arguments() {
    }

    /** An unmodifiable copy keeping order; values may be null (JSON null). */
    static Map<String, Object> copyOf(Map<String, Object> arguments) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
    }

    /** {@code " with {a=1, b=x}"}, or nothing for no arguments. */
    static String describe(Map<String, Object> arguments) {
        if (arguments.isEmpty()) {
            return "";
        }
        return arguments.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", ", " with {", "}"));
    }
}
