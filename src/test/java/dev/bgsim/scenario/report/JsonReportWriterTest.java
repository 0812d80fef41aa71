package dev.bgsim.scenario.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonReportWriterTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void theReportReadsBackWithTotalsScenariosStepsAndFindings() throws IOException {
        JsonNode report = writeAndReadBack(SampleResults.twoScenarios());

        assertEquals(JsonReportWriter.FORMAT_VERSION, report.get("formatVersion").asInt());
        assertEquals(2, report.get("passed").asInt());
        assertEquals(2, report.get("failed").asInt());
        assertFalse(report.get("held").asBoolean());
        assertEquals(2, report.get("scenarios").size());

        JsonNode battery = report.get("scenarios").get(0);
        assertEquals("battery saver cancels the sample task", battery.get("name").asText());
        assertEquals(SampleResults.BATTERY_FILE.toString(), battery.get("source").asText());
        assertEquals(1, battery.get("passed").asInt());
        assertEquals(2, battery.get("failed").asInt());
        assertEquals("10s", battery.get("simulatedTime").asText());
        assertEquals(1234, battery.get("wallTimeMillis").asLong());
        assertEquals(List.of("info", "failed", "passed", "failed"), texts(battery.get("steps"), "verdict"));
        assertEquals(List.of("action", "action", "expectation", "expectation"), texts(battery.get("steps"), "kind"));

        JsonNode fire = battery.get("steps").get(1);
        assertEquals("1s", fire.get("at").asText());
        assertEquals(1000, fire.get("atMillis").asLong());
        assertEquals(9, fire.get("line").asInt());
        assertEquals(5, fire.get("column").asInt());
        assertEquals("fire", fire.get("do").asText());
        assertEquals("fire Missing", fire.get("description").asText());

        JsonNode setting = battery.get("steps").get(3);
        assertEquals(SampleResults.AWKWARD_TEXT, setting.get("seen").asText());
        assertEquals(2, setting.get("recentEvents").size());
        assertEquals("3.000s DeviceStateChanged batterySaver=on", setting.get("recentEvents").get(0).asText());

        JsonNode finding = battery.get("findings").get(0);
        assertEquals("BG101", finding.get("ruleId").asText());
        assertEquals("warning", finding.get("severity").asText());
        assertEquals("SampleBackgroundTask#1", finding.get("subject").asText());
        assertEquals("3s", finding.get("at").asText());
        assertEquals(3000, finding.get("atMillis").asLong());

        assertTrue(report.get("scenarios").get(1).get("held").asBoolean());
    }

    @Test
    void writesTheFileWholeAndReplacesAnOldOne(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("reports/run.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "old report, longer than nothing");

        new JsonReportWriter().write(SampleResults.twoScenarios(), file);

        assertEquals(2, mapper.readTree(file.toFile()).get("scenarios").size());
        try (var entries = Files.list(file.getParent())) {
            assertEquals(List.of(file), entries.toList(), "no temporary file is left behind");
        }
    }

    private JsonNode writeAndReadBack(RunSummary summary) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new JsonReportWriter().write(summary, bytes);
        return mapper.readTree(bytes.toByteArray());
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(item.get(field).asText()));
        return values;
    }
}
