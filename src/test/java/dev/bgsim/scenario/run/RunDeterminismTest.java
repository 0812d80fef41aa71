package dev.bgsim.scenario.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bgsim.scenario.record.RecordingWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SPEC 3.1: a headless run is deterministic for tasks that use TaskClock, except wall-clock fields. */
class RunDeterminismTest {
    private final ObjectMapper mapper = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"cancellation", "conditions", "hosts", "device", "app", "system-suspend"})
    void theSameScenarioGivesTheSameEventsTwice(String name) throws Exception {
        List<String> first = recordedWithoutWallTime(name);
        List<String> second = recordedWithoutWallTime(name);

        assertTrue(first.size() > 20, "a real run records events: " + first.size());
        assertEquals(first, second);
    }

    private List<String> recordedWithoutWallTime(String name) throws Exception {
        StringWriter text = new StringWriter();
        try (RecordingWriter recorder = RecordingWriter.onto(text, Path.of(name + ".jsonl"))) {
            RunnerScenarios.run(name, RunOptions.with(TestPackages.opener()).withSubscriber(recorder));
            List<String> events = text.toString().lines().filter(l -> l.startsWith("{\"seq\"")).toList();
            assertEquals(events.size(), recorder.eventsWritten());
            return events.stream().map(this::withoutWallTime).toList();
        }
    }

    private String withoutWallTime(String line) {
        try {
            ObjectNode event = (ObjectNode) mapper.readTree(line);
            event.remove("wall");
            return event.toString();
        } catch (JsonProcessingException e) {
            throw new AssertionError("not a JSON line: " + line, e);
        }
    }
}
