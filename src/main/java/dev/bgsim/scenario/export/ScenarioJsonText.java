package dev.bgsim.scenario.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bgsim.scenario.DurationText;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Writes a scenario the way people write them (docs/scenario-format.md): top-level fields one
 * per line, one step per line with {@code at} first.
 */
final class ScenarioJsonText {
    private final ObjectWriter writer = new ObjectMapper().writer(new OneLinePrinter());

    /** Compact JSON with a space after colons and commas, as in the format's examples. */
    private static final class OneLinePrinter extends MinimalPrettyPrinter {
        private static final long serialVersionUID = 1L;

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(": ");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }
    }

    /** {@code fields} in order (values already JSON), then the steps. */
    String write(Map<String, JsonNode> fields, List<ExportStep> steps) {
        StringBuilder sb = new StringBuilder("{\n");
        fields.forEach((name, value) -> sb.append("  ").append(text(JsonNodeFactory.instance.textNode(name)))
                .append(": ").append(text(value)).append(",\n"));
        sb.append("  \"steps\": [");
        for (int i = 0; i < steps.size(); i++) {
            sb.append(i == 0 ? "\n" : ",\n").append("    ").append(text(step(steps.get(i))));
        }
        sb.append(steps.isEmpty() ? "]\n" : "\n  ]\n").append("}\n");
        return sb.toString();
    }

    private static ObjectNode step(ExportStep step) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("at", DurationText.format(step.at()));
        n.setAll(step.fields());
        return n;
    }

    private String text(JsonNode node) {
        try {
            return writer.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write scenario JSON", e);
        }
    }
}
