package dev.bgsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bgsim.scenario.bench.Benchmark;
import dev.bgsim.scenario.bench.Measurement;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private static Benchmark fixed(String name, Measurement measurement) {
        return new Benchmark() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String description() {
                return "a fixed value";
            }

            @Override
            public Measurement run() {
                return measurement;
            }
        };
    }

    private int run(BenchmarkRegistry registry, String... args) {
        CommandLine command = new CommandLine(new BenchCommand(registry));
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }

    @Test
    void printsOneJsonLinePerMetricAndExitsZeroWhenEveryGoalIsMet() throws Exception {
        BenchmarkRegistry registry = new BenchmarkRegistry(List.of(
                fixed("a", Measurement.atMost("a", 1, "ms", 2)),
                fixed("b", Measurement.atLeast("b", 5, "events/s", 1))));

        assertEquals(0, run(registry));

        List<String> lines = out.toString().lines().toList();
        assertEquals(2, lines.size());
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertEquals("a", first.path("metric").asText());
        assertEquals(2, first.path("goal").asInt());
    }

    @Test
    void aMissedGoalExitsOne() {
        assertEquals(1, run(new BenchmarkRegistry(List.of(fixed("slow", Measurement.atMost("slow", 3, "ms", 2))))));
    }

    @Test
    void anUnknownNameExitsTwoAndListsTheKnownOnes() {
        assertEquals(2, run(BenchmarkRegistry.standard(), "timeSkip7Dayz"));
        assertTrue(err.toString().contains("timeSkip7Days, fireToRunP99InJvm, eventsPerSecond"), err.toString());
    }

    @Test
    void theStandardBenchmarksRunFromTheRegistry() throws Exception {
        assertEquals(List.of("timeSkip7Days", "fireToRunP99InJvm", "eventsPerSecond", "timelineDraw100kVs1k",
                "fxLongestStallMs", "bareJavaHelloMs", "coldHostStartMs", "fireToRunP99WarmHost",
                "fireToRunP99ChildHostEngine"), BenchmarkRegistry.standard().names());

        run(BenchmarkRegistry.standard(), "timeSkip7Days");

        JsonNode line = new ObjectMapper().readTree(out.toString().lines().findFirst().orElseThrow());
        assertEquals("timeSkip7Days", line.path("metric").asText());
        assertEquals("ms", line.path("unit").asText());
        assertTrue(line.path("value").asDouble() > 0);
    }
}
