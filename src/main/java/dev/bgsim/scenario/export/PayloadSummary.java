package dev.bgsim.scenario.export;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bgsim.engine.event.EngineEvent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A payload in one readable line: {@code reason=ENERGY_SAVER; graceEnds=2026-...; listeners=1}.
 * Nested values are compact JSON; a stack trace keeps its first line; long text is cut with "…".
 */
final class PayloadSummary {
    private static final int LONGEST_VALUE = 300;

    private final PayloadTrees payloads = new PayloadTrees();

    String of(EngineEvent event) {
        JsonNode tree = payloads.of(event);
        List<String> parts = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = tree.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (f.getValue().isNull()) {
                continue;
            }
            parts.add(f.getKey() + "=" + value(f.getKey(), f.getValue()));
        }
        return String.join("; ", parts);
    }

    private static String value(String name, JsonNode v) {
        String text = v.isTextual() ? v.asText() : v.toString();
        if (name.toLowerCase(java.util.Locale.ROOT).contains("stacktrace")) {
            int nl = text.indexOf('\n');
            text = nl < 0 ? text : text.substring(0, nl).strip() + " …";
        }
        return text.length() > LONGEST_VALUE ? text.substring(0, LONGEST_VALUE - 1) + "…" : text;
    }
}
