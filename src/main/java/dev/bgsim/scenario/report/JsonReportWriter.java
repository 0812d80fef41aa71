package dev.bgsim.scenario.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.bgsim.scenario.ActionStep;
import dev.bgsim.scenario.DurationText;
import dev.bgsim.scenario.Step;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The JSON report of {@code bgsim run --report FILE.json}: totals, then each scenario with
 * every step's outcome and the findings. Field by field, written with Jackson's generator so
 * that the shape does not depend on the Java records (see docs/scenario-format.md).
 */
public final class JsonReportWriter {

    /** Bumped when a field changes meaning or goes away; new fields do not bump it. */
    public static final int FORMAT_VERSION = 1;

    private final JsonFactory factory = JsonFactory.builder().build();

    /** Writes the report to {@code file} atomically. */
    public void write(RunSummary summary, Path file) throws IOException {
        AtomicFileWriter.write(file, out -> write(summary, out));
    }

    /** Writes the report, UTF-8, to {@code out} (left open). */
    public void write(RunSummary summary, OutputStream out) throws IOException {
        try (JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8)) {
            json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeNumberField("formatVersion", FORMAT_VERSION);
            json.writeNumberField("passed", summary.passed());
            json.writeNumberField("failed", summary.failed());
            json.writeBooleanField("held", summary.allHeld());
            json.writeArrayFieldStart("scenarios");
            for (ScenarioResult result : summary.scenarios()) {
                writeScenario(json, result);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    private static void writeScenario(JsonGenerator json, ScenarioResult result) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", result.name());
        json.writeStringField("source", result.source().toString());
        json.writeNumberField("passed", result.passed());
        json.writeNumberField("failed", result.failed());
        json.writeBooleanField("held", result.held());
        json.writeStringField("simulatedTime", DurationText.format(result.simulatedTime()));
        json.writeNumberField("wallTimeMillis", result.wallTime().toMillis());
        json.writeArrayFieldStart("steps");
        for (StepOutcome outcome : result.outcomes()) {
            writeOutcome(json, outcome);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("findings");
        for (ReportedFinding finding : result.findings()) {
            json.writeStartObject();
            json.writeStringField("ruleId", finding.ruleId());
            json.writeStringField("severity", finding.severity());
            json.writeStringField("subject", finding.subject());
            json.writeStringField("at", DurationText.format(finding.at()));
            json.writeNumberField("atMillis", finding.at().toMillis());
            json.writeStringField("message", finding.message());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeOutcome(JsonGenerator json, StepOutcome outcome) throws IOException {
        Step step = outcome.step();
        json.writeStartObject();
        json.writeStringField("at", DurationText.format(step.at()));
        json.writeNumberField("atMillis", step.at().toMillis());
        json.writeNumberField("line", step.location().line());
        json.writeNumberField("column", step.location().column());
        json.writeStringField("kind", outcome.isExpectation() ? "expectation" : "action");
        if (step instanceof ActionStep action) {
            json.writeStringField("do", action.action().verb());
        }
        json.writeStringField("description", step.describe());
        json.writeStringField("verdict", outcome.verdict().name().toLowerCase(Locale.ROOT));
        json.writeStringField("expected", outcome.expected());
        json.writeStringField("seen", outcome.seen());
        json.writeArrayFieldStart("recentEvents");
        for (String event : outcome.recentEvents()) {
            json.writeString(event);
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
