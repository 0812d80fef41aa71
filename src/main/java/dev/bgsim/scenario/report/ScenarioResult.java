package dev.bgsim.scenario.report;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How one scenario run came out. A run that stopped early reports its remaining expectations
 * as failed (seen: why they were not checked), so the counts always cover the whole file.
 *
 * @param name          the scenario's name
 * @param source        the scenario file
 * @param outcomes      one per step run, in order
 * @param findings      checker findings raised during the run
 * @param simulatedTime simulated time at the end of the run
 * @param wallTime      real time the run took
 */
public record ScenarioResult(String name, Path source, List<StepOutcome> outcomes, List<ReportedFinding> findings,
                             Duration simulatedTime, Duration wallTime) {

    public ScenarioResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        outcomes = List.copyOf(outcomes);
        findings = List.copyOf(findings);
        Objects.requireNonNull(simulatedTime, "simulatedTime");
        Objects.requireNonNull(wallTime, "wallTime");
    }

    /** Expectations that held. */
    public int passed() {
        return (int) outcomes.stream().filter(o -> o.verdict() == Verdict.PASSED).count();
    }

    /** Expectations that did not hold, plus actions that could not be carried out. */
    public int failed() {
        return (int) outcomes.stream().filter(o -> o.verdict() == Verdict.FAILED).count();
    }

    /** True when nothing failed. */
    public boolean held() {
        return failed() == 0;
    }
}
