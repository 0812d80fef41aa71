package dev.bgsim.scenario.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bgsim.SampleFiles;
import dev.bgsim.scenario.ActionStep;
import dev.bgsim.scenario.ExpectationStep;
import dev.bgsim.scenario.Scenario;
import dev.bgsim.scenario.ScenarioException;
import dev.bgsim.scenario.Step;
import dev.bgsim.scenario.parse.ScenarioParser;
import dev.bgsim.scenario.record.RecordedSession;
import dev.bgsim.scenario.report.ScenarioResult;
import dev.bgsim.scenario.run.RunListener;
import dev.bgsim.scenario.run.RunOptions;
import dev.bgsim.scenario.run.ScenarioRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A recording of the battery-saver session becomes a scenario with its inputs and outcomes, which the scenario parser accepts. */
class ScenarioExportTest {
    @TempDir
    static Path dir;

    private static Path scenarioFile;
    private static ExportedScenario exported;
    private static Scenario scenario;

    @BeforeAll
    static void exportTheSaverSession() throws Exception {
        RecordedSession session = RecordedSessions.read(RecordedSessions.saverCancelsRunningTask(dir));
        scenarioFile = dir.resolve("exported/saver.scenario.json");
        Files.createDirectories(scenarioFile.getParent());
        exported = new ScenarioExport().export(session, scenarioFile, "saver.jsonl");
        Files.writeString(scenarioFile, exported.json());
        try {
            scenario = new ScenarioParser().parse(scenarioFile);
        } catch (ScenarioException e) {
            throw new AssertionError("the exported scenario does not parse: " + e.errors() + "\n" + exported.json(), e);
        }
    }

    @Test
    void packagesAreRelativeToTheScenarioFile() {
        String relative = ScenarioExport.relative(scenarioFile.getParent(), SampleFiles.officialSampleJar().toString());
        assertTrue(relative.startsWith("../"), relative);
        assertTrue(exported.json().contains("\"packages\": [\"" + relative + "\"]"), exported.json());
        assertEquals(List.of(SampleFiles.officialSampleJar()), scenario.packages().stream()
                .map(p -> p.toAbsolutePath().normalize()).toList());
    }

    @Test
    void theInitialDeviceStateIsTheOneTheSessionStartedIn() {
        assertTrue(exported.json().contains("\"initial\": {\"power\": \"battery\", \"batteryPercent\": 80"), exported.json());
    }

    @Test
    void theUsersCommandsAreStepsAtTheirSimulatedTimes() {
        List<String> actions = scenario.steps().stream().filter(ActionStep.class::isInstance)
                .map(s -> at(s) + " " + ((ActionStep) s).action().describe()).toList();
        assertEquals(3, actions.size(), actions::toString);
        assertTrue(actions.get(0).startsWith("0s launch"), actions::toString);
        assertEquals("1s fire Samples.BackgroundTask/SampleBackgroundTask", actions.get(1));
        assertEquals("4.5s set batterySaver=on", actions.get(2));
    }

    @Test
    void theOutcomesAreExpectationsAtTheEnd() {
        List<String> expectations = scenario.steps().stream().filter(ExpectationStep.class::isInstance)
                .map(s -> at(s) + " " + ((ExpectationStep) s).expectation().describe()).toList();
        assertTrue(expectations.stream().anyMatch(e -> e.contains("SampleBackgroundTask#1") && e.contains("CANCELED")
                && e.contains("ENERGY_SAVER")), expectations::toString);
        assertTrue(expectations.stream().allMatch(e -> e.startsWith("8s ")), expectations::toString);
        assertTrue(expectations.stream().anyMatch(e -> e.contains("Samples.BackgroundTask") && e.contains("RUNNING")),
                "the app's final state: " + expectations);
    }

    @Test
    void runningTheExportedScenarioReplaysTheSessionAndPasses() {
        ScenarioResult result = new ScenarioRunner(RunOptions.standard()).run(scenario, RunListener.NONE);
        assertTrue(result.held(), () -> result.outcomes() + "\n" + exported.json());
        assertEquals(3, result.passed());
    }

    @Test
    void nothingHadToBeLeftOut() {
        assertEquals(List.of(), exported.notes(), exported.json());
    }

    private static String at(Step s) {
        return dev.bgsim.scenario.DurationText.format(s.at());
    }
}
