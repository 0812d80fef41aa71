package dev.bgsim.scenario.run;

import dev.bgsim.scenario.ScenarioException;
import dev.bgsim.scenario.parse.ScenarioParser;
import dev.bgsim.scenario.report.ReportedFinding;
import dev.bgsim.scenario.report.ScenarioResult;
import dev.bgsim.scenario.report.StepOutcome;
import dev.bgsim.scenario.report.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scenario expectations on the guidelines checker's findings (SPEC 6.2), and the findings a run reports. */
class FindingExpectationsTest {

    @Test
    void findingExpectationsAreCheckedAgainstTheCheckerAtTheStepsTime() {
        ScenarioResult result = RunnerScenarios.run("findings");

        assertTrue(result.held(), () -> RunnerScenarios.console(result));
        assertEquals(6, result.passed(), () -> RunnerScenarios.console(result));
        StepOutcome raised = result.outcomes().get(5);
        assertTrue(raised.seen().startsWith("1 finding BG106: Stubborn#1 at 8s: "), raised.seen());
    }

    @Test
    void theRunReportsEveryFindingWithItsSubjectAndTime() {
        ScenarioResult result = RunnerScenarios.run("findings");

        List<ReportedFinding> ignored = result.findings().stream().filter(f -> f.ruleId().equals("BG106")).toList();
        assertEquals(1, ignored.size(), () -> RunnerScenarios.console(result));
        assertEquals("Stubborn#1", ignored.get(0).subject());
        assertEquals("error", ignored.get(0).severity());
        assertEquals(Duration.ofSeconds(8), ignored.get(0).at(), "cancelled at 3 s, terminated when the 5 s grace ended");
        assertTrue(result.findings().stream().noneMatch(f -> f.subject().startsWith("Worker")),
                () -> "the cooperative task raised nothing:\n" + RunnerScenarios.console(result));
    }

    @Test
    void aFindingExpectationThatFailsSaysWhatTheCheckerRaised() {
        ScenarioResult result = RunnerScenarios.run("finding-mistakes");

        assertEquals(3, result.failed(), () -> RunnerScenarios.console(result));
        StepOutcome wrongSubject = result.outcomes().get(2);
        assertEquals(Verdict.FAILED, wrongSubject.verdict());
        assertEquals("finding BG106 cancellation-ignored for registration Worker present", wrongSubject.expected());
        assertTrue(wrongSubject.seen().startsWith("no BG106 for registration Worker; BG106 was raised about Stubborn#1 at 8s: "),
                wrongSubject.seen());
        StepOutcome present = result.outcomes().get(3);
        assertTrue(present.seen().startsWith("1 finding BG106: Stubborn#1 at 8s"), present.seen());
        assertTrue(present.recentEvents().stream().anyMatch(e -> e.contains("InstanceTerminated")),
                () -> "the event that raised it: " + present.recentEvents());
        StepOutcome never = result.outcomes().get(4);
        assertTrue(never.seen().startsWith("no BG103 finding; raised so far: BG106 Stubborn#1"), never.seen());
    }

    private static String parseError(String expectation) {
        String text = "{ \"packages\": [], \"steps\": [\n  { \"at\": \"1s\", \"expect\": " + expectation + " }\n] }\n";
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> new ScenarioParser().parse(text, Path.of("typo.json")));
        return e.getMessage();
    }

    @Test
    void anUnknownRuleIsABadScenarioWithTheNearestRule() {
        String message = parseError("{ \"finding\": \"deferral-never-complete\" }");
        assertTrue(message.contains("typo.json:2:40: unknown checker rule \"deferral-never-complete\"; "
                + "did you mean \"deferral-never-completed\"? use a rule id: BG101, BG102"), message);
    }

    @Test
    void theThreeManifestMistakesAreLiveFindingsAScenarioCanExpect(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bgsim-manifest.json"), """
                { "identity": { "name": "Three.Mistakes", "version": "1.0.0.0" },
                  "backgroundTasks": [ { "entryPoint": "tasks.Tick", "taskTypes": ["timer"], "executable": "App.exe" },
                                       { "entryPoint": "tasks.Sys", "taskTypes": ["systemEvent"] } ],
                  "registrations": [ { "name": "OnSys", "entryPoint": "tasks.Sys", "trigger": { "type": "time", "freshnessMinutes": 15 } },
                                     { "name": "Fast", "entryPoint": "tasks.Tick", "trigger": { "type": "time", "freshnessMinutes": 10 } } ] }
                """);
        Path file = Files.writeString(dir.resolve("three.json"), """
                { "name": "three manifest mistakes", "packages": ["bgsim-manifest.json"],
                  "steps": [ { "at": "1s", "expect": { "finding": "executable-without-its-trigger", "package": "Three.Mistakes" } },
                             { "at": "1s", "expect": { "finding": "BG301", "registration": "OnSys" } },
                             { "at": "1s", "expect": { "finding": "BG305", "registration": "Fast" } },
                             { "at": "1s", "expect": { "finding": "BG305", "registration": "OnSys", "present": false } } ] }
                """);
        ScenarioResult result = new ScenarioRunner(RunOptions.standard())
                .run(new ScenarioParser().parse(file), RunListener.NONE);

        assertTrue(result.held(), () -> RunnerScenarios.console(result));
        ReportedFinding bg303 = result.findings().stream().filter(f -> f.ruleId().equals("BG303")).findFirst().orElseThrow();
        assertEquals("Three.Mistakes", bg303.subject());
        assertTrue(bg303.message().contains("task tasks.Tick names executable \"App.exe\""), bg303::toString);
        ReportedFinding bg305 = result.findings().stream().filter(f -> f.ruleId().equals("BG305")).findFirst().orElseThrow();
        assertEquals("Fast", bg305.subject());
        assertEquals("error", bg305.severity());
    }
}
