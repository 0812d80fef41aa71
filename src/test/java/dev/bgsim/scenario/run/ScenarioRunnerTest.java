package dev.bgsim.scenario.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bgsim.scenario.report.ScenarioResult;
import dev.bgsim.scenario.report.StepOutcome;
import dev.bgsim.scenario.report.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScenarioRunnerTest {

    @ParameterizedTest
    @ValueSource(strings = {"complete", "cancellation", "conditions", "hosts", "arguments", "device", "app", "logoff", "buttons",
        "system-suspend", "register-fields"})
    void everyExpectationOfTheScenarioHolds(String name) {
        ScenarioResult result = RunnerScenarios.run(name);

        assertTrue(result.held(), () -> RunnerScenarios.console(result));
        long expectations = result.outcomes().stream().filter(StepOutcome::isExpectation).count();
        assertEquals(RunnerScenarios.parse(name).expectations().size(), expectations, "every expectation was checked");
        assertEquals(expectations, result.passed());
    }

    @Test
    void whatTheEngineCannotDoYetFailsWithThatSaid() {
        ScenarioResult result = RunnerScenarios.run("unsupported");

        List<StepOutcome> outcomes = result.outcomes();
        assertEquals(Verdict.PASSED, outcomes.get(0).verdict(), "an app that never launched is NOT_RUNNING");
        for (StepOutcome outcome : outcomes.subList(1, outcomes.size())) {
            assertEquals(Verdict.FAILED, outcome.verdict(), outcome.step().describe());
            assertTrue(outcome.seen().contains("not supported by this engine yet: "), outcome.seen());
        }
        assertEquals(1, result.failed());
    }

    @Test
    void aFailedExpectationSaysWhatItExpectedWhatItSawAndTheEventsAboutIt() {
        ScenarioResult result = RunnerScenarios.run("mistakes");

        StepOutcome completed = result.outcomes().get(1);
        assertEquals(Verdict.FAILED, completed.verdict());
        assertEquals("Worker#1 state COMPLETED", completed.expected());
        assertEquals("Worker#1 state RUNNING", completed.seen());
        assertFalse(completed.recentEvents().isEmpty());
        assertTrue(completed.recentEvents().size() <= RecentEvents.SHOWN);
        assertTrue(completed.recentEvents().stream().anyMatch(e -> e.contains("InstanceStarted Runner.Tests/Worker#1")),
                () -> String.join("\n", completed.recentEvents()));
        assertTrue(completed.recentEvents().stream().allMatch(e -> e.contains("Worker")),
                "only events about Worker#1: " + completed.recentEvents());

        assertEquals(Verdict.PASSED, result.outcomes().get(2).verdict());
    }

    @Test
    void namingSomethingThatDoesNotExistFailsTheStep() {
        ScenarioResult result = RunnerScenarios.run("mistakes");

        StepOutcome instance = result.outcomes().get(3);
        assertEquals(Verdict.FAILED, instance.verdict());
        assertTrue(instance.seen().contains("Nope#1 has not started"), instance.seen());
        assertTrue(instance.seen().contains("Runner.Tests/Worker"), "lists the registrations there are: " + instance.seen());

        StepOutcome fire = result.outcomes().get(4);
        assertEquals(Verdict.FAILED, fire.verdict());
        assertTrue(fire.seen().contains("no registration named Nope"), fire.seen());
        assertEquals(3, result.failed());
    }

    @Test
    void aPackageThatCannotBeOpenedStopsTheRunAndNoExpectationPasses() {
        RunOptions refusing = RunOptions.with(file -> {
            throw new PackageOpenException(file, List.of(file + ": refused by the test"));
        });

        ScenarioResult result = RunnerScenarios.run("complete", refusing);

        assertEquals(0, result.passed());
        assertEquals(RunnerScenarios.parse("complete").expectations().size() + 1, result.failed(),
                "every expectation, and the first step, which could not run");
        assertTrue(result.outcomes().get(1).seen().startsWith("not checked: the run stopped at 0s: package "),
                result.outcomes().get(1).seen());
        assertFalse(new ScenarioRunner(refusing).problems(RunnerScenarios.parse("complete")).isEmpty());
    }
}
