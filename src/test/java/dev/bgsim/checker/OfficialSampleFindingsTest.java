package dev.bgsim.checker;

import dev.bgsim.engine.app.AppAction;
import dev.bgsim.engine.app.AppState;
import dev.bgsim.pkg.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The official sample, launched as a user would: the checker says exactly what its README
 * explains (registrations made before access was requested, the application trigger on an entry
 * point declared only for systemEvent and timer) and nothing graver.
 */
class OfficialSampleFindingsTest {
    private static final String PKG = "Samples.BackgroundTask";

    @Test
    void launchingTwiceRaisesOnlyTheWarningsItsReadmeExplains() {
        List<Finding> findings = SampleRun.findings("desktop", "official-sample", false, h -> {
            h.app(PKG, AppAction.LAUNCH);
            h.awaitQuiet();
            h.app(PKG, AppAction.TERMINATE);
            h.awaitApp(PKG, AppState.TERMINATED);
            h.app(PKG, AppAction.LAUNCH);
            h.awaitQuiet();
        });
        List<String> seen = findings.stream().map(f -> f.ruleId() + " " + f.subject()).toList();
        assertEquals(List.of(
                "BG203 SampleBackgroundTask",
                "BG203 SampleBackgroundTaskWithCondition",
                "BG203 ServicingCompleteTask",
                "BG301 ApplicationTriggerTask"), seen, () -> SampleRun.describe(findings));
        assertEquals(List.of(), findings.stream().filter(f -> f.severity() == Severity.ERROR).toList());
    }
}
