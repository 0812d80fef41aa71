package dev.bgsim.scenario.report;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunSummaryTest {

    @Test
    void countsPassedExpectationsAndEveryFailureButNotActionsThatWorked() {
        RunSummary summary = SampleResults.twoScenarios();

        assertEquals(2, summary.passed());
        assertEquals(2, summary.failed());
        assertEquals("2 passed, 2 failed", summary.summaryLine());
        assertFalse(summary.allHeld());
        assertTrue(summary.scenarios().get(1).held());
    }

    @Test
    void aRunWithNothingToCheckHolds() {
        RunSummary empty = new RunSummary(List.of());
        assertEquals("0 passed, 0 failed", empty.summaryLine());
        assertTrue(empty.allHeld());
    }

    @Test
    void anActionNeverPassesAndAnExpectationIsNeverInfo() {
        ScenarioResult result = SampleResults.launchOnly();
        StepOutcome action = result.outcomes().get(0);
        StepOutcome expectation = result.outcomes().get(1);
        assertThrows(IllegalArgumentException.class,
                () -> new StepOutcome(action.step(), Verdict.PASSED, "", "", List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new StepOutcome(expectation.step(), Verdict.INFO, "", "", List.of()));
    }

    @Test
    void aFailureExplainsItselfWithExpectedSeenAndRecentEvents() {
        StepOutcome failed = SampleResults.batterySaver().outcomes().get(1);
        assertEquals(List.of(
                "expected: a registration named Missing",
                "seen:     no registration named Missing",
                "recent events:",
                "  0.000s AppStateChanged Samples.BackgroundTask RUNNING"), failed.messageLines());
    }
}
