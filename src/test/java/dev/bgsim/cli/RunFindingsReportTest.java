package dev.bgsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bgsim.scenario.run.RunOptions;
import dev.bgsim.scenario.run.RunnerScenarios;
import dev.bgsim.scenario.run.TestPackages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code bgsim run --report}: the guidelines checker's findings of each scenario, in the file and on the console. */
class RunFindingsReportTest {
    @TempDir
    Path temp;

    @Test
    void theReportAndTheConsoleListTheFindingsOfEachScenario() throws Exception {
        Path report = temp.resolve("report.json");
        CommandRun run = CommandRun.run(new CommandLine(new RunCommand(RunOptions.with(TestPackages.opener()))),
                RunnerScenarios.file("findings").toString(), RunnerScenarios.file("complete").toString(),
                "--report", report.toString());

        assertEquals(0, run.exitCode(), run::toString);
        List<String> lines = run.out().lines().toList();
        int findings = lines.indexOf("  findings:");
        assertTrue(findings > 0, run::toString);
        assertTrue(lines.get(findings + 1).startsWith("    error BG106 Stubborn#1 at 8s: cancelled with ABORT"), run::toString);

        JsonNode scenarios = new ObjectMapper().readTree(report.toFile()).get("scenarios");
        List<JsonNode> raised = StreamSupport.stream(scenarios.get(0).get("findings").spliterator(), false).toList();
        JsonNode ignored = raised.stream().filter(f -> f.get("ruleId").asText().equals("BG106")).findFirst()
                .orElseThrow(() -> new AssertionError("no BG106 in " + raised));
        assertEquals("error", ignored.get("severity").asText());
        assertEquals("Stubborn#1", ignored.get("subject").asText());
        assertEquals("8s", ignored.get("at").asText());
        assertEquals(8000, ignored.get("atMillis").asLong());
        assertTrue(ignored.get("message").asText().contains("grace period"), ignored::toString);
        assertEquals(0, scenarios.get(1).get("findings").size(), "a well-behaved scenario has none: " + scenarios.get(1));
    }
}
