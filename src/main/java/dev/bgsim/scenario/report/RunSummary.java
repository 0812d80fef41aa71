package dev.bgsim.scenario.report;

import java.util.List;

/**
 * Every scenario of one {@code bgsim run}, and the totals the summary line prints.
 *
 * @param scenarios the results, in the order the scenarios ran
 */
public record RunSummary(List<ScenarioResult> scenarios) {

    public RunSummary {
        scenarios = List.copyOf(scenarios);
    }

    /** Expectations that held, over all scenarios. */
    public int passed() {
        return scenarios.stream().mapToInt(ScenarioResult::passed).sum();
    }

    /** Expectations that did not hold and actions that failed, over all scenarios. */
    public int failed() {
        return scenarios.stream().mapToInt(ScenarioResult::failed).sum();
    }

    /** True when every scenario held. */
    public boolean allHeld() {
        return failed() == 0;
    }

    /** {@code N passed, N failed}: the last line of a run (SPEC 6.3). */
    public String summaryLine() {
        return passed() + " passed, " + failed() + " failed";
    }
}
