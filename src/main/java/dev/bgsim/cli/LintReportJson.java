package dev.bgsim.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bgsim.pkg.Diagnostic;
import dev.bgsim.pkg.Severity;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The JSON of {@code bgsim lint --json}: per package its diagnostics (with the checker's rule id
 * where a rule found it), then the totals. Written field by field so the format stays stable.
 */
final class LintReportJson {
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    String write(String profile, Map<Path, List<Diagnostic>> byPackage, long errors, long warnings) {
        ObjectNode root = mapper.createObjectNode();
        root.put("profile", profile);
        ArrayNode packages = root.putArray("packages");
        byPackage.forEach((path, diagnostics) -> {
            ObjectNode pkg = packages.addObject();
            pkg.put("path", path.toString());
            ArrayNode list = pkg.putArray("diagnostics");
            for (Diagnostic d : diagnostics) {
                ObjectNode node = list.addObject();
                node.put("severity", d.severity().label());
                node.put("rule", d.ruleId());
                node.put("file", d.location().file());
                node.put("jarEntry", d.location().jarEntry());
                node.put("line", d.location().line());
                node.put("column", d.location().column());
                node.put("message", d.message());
                node.put("hint", d.hint());
                node.put("text", d.format());
            }
        });
        root.put("errors", errors);
        root.put("warnings", warnings);
        try {
            return mapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the lint report as JSON", e);
        }
    }

    static boolean shown(Diagnostic d, boolean notes) {
        return notes || d.severity() != Severity.INFO;
    }
}
