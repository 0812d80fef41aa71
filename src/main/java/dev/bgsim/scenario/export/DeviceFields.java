package dev.bgsim.scenario.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The engine's device state fields (as in {@code DeviceStateChanged.state} and
 * {@code EngineStarted.device}) written as scenario device fields (docs/scenario-format.md):
 * same names, device words in lower case. {@code batterySaverActive} follows from the others and
 * is never written.
 */
final class DeviceFields {
    /** Scenario fields in the order a person reads them. */
    static final List<String> ORDER = List.of("power", "batteryPercent", "drainPercentPerHour", "batterySaver",
            "batterySaverThreshold", "internet", "metered", "userPresent", "sessionConnected", "screenOn", "memoryPressure");
    private static final List<String> WORDS = List.of("power", "batterySaver", "memoryPressure");

    private DeviceFields() {
    }

    /** Writes {@code fields} of {@code state} (those it has) into {@code out}, in {@link #ORDER}. */
    static void put(Map<String, Object> state, List<String> fields, ObjectNode out) {
        for (String name : ORDER) {
            if (fields.contains(name) && state.containsKey(name)) {
                put(name, state.get(name), out);
            }
        }
    }

    private static void put(String name, Object value, ObjectNode out) {
        if (WORDS.contains(name)) {
            out.put(name, String.valueOf(value).toLowerCase(Locale.ROOT));
        } else if (value instanceof Boolean b) {
            out.put(name, b);
        } else if ("drainPercentPerHour".equals(name) && value instanceof Number n) {
            double d = n.doubleValue();
            if (d == Math.rint(d)) {
                out.put(name, (long) d);
            } else {
                out.put(name, d);
            }
        } else if (value instanceof Number n) {
            out.put(name, n.intValue());
        }
    }
}
