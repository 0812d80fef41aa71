package dev.bgsim.scenario.report;

import dev.bgsim.scenario.DurationText;
import dev.bgsim.scenario.SourceLocation;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The console lines of {@code bgsim run} (SPEC 6.3): a header per scenario, one line per step
 * with its outcome, the explanation under each failure, the scenario's findings, and
 * {@code N passed, N failed} as the very last line. At most {@value #FINDINGS_SHOWN} findings
 * are printed per scenario. A runner can print a scenario's lines as
 * its steps complete, then the summary line at the end.
 *
 * <pre>
 * scenario "battery saver cancels the sample task" (scenarios/battery-saver.json)
 *   0s     do    launch Samples.BackgroundTask
 *   4s     PASS  instance SampleBackgroundTask#1 state CANCELED, reason ENERGY_SAVER
 *   10s    FAIL  localSettings Samples.BackgroundTask "key" equals "x"
 *                at scenarios/battery-saver.json:13:5
 *                expected: "x"
 *                seen:     absent
 *   result: FAILED, 1 of 2 expectations failed
 * 1 passed, 1 failed
 * </pre>
 */
public final class ConsoleReport {

    private static final String DETAIL_INDENT = " ".repeat(15);
    /** Findings printed under a scenario; the JSON report has them all. */
    static final int FINDINGS_SHOWN = 10;

    /** The line that starts a scenario. */
    public String header(String name, Path source) {
        return "scenario \"" + name + "\" (" + source + ")";
    }

    /** The step's line, then its explanation when it failed. */
    public List<String> outcomeLines(StepOutcome outcome) {
        List<String> lines = new ArrayList<>();
        String at = DurationText.format(outcome.step().at());
        String seenAfterAction = outcome.verdict() == Verdict.INFO && !outcome.seen().isEmpty()
                ? ": " + outcome.seen() : "";
        lines.add(String.format("  %-6s %-5s %s%s", at, marker(outcome), outcome.step().describe(), seenAfterAction));
        if (outcome.verdict() == Verdict.FAILED) {
            SourceLocation location = outcome.step().location();
            lines.add(DETAIL_INDENT + "at " + location);
            outcome.messageLines().forEach(line -> lines.add(DETAIL_INDENT + line));
        }
        return lines;
    }

    /** The findings and the verdict that close a scenario. */
    public List<String> footerLines(ScenarioResult result) {
        List<String> lines = new ArrayList<>();
        if (!result.findings().isEmpty()) {
            lines.add("  findings:");
            result.findings().stream().limit(FINDINGS_SHOWN).forEach(f -> lines.add("    " + f.describe()));
            int more = result.findings().size() - FINDINGS_SHOWN;
            if (more > 0) {
                lines.add("    ... and " + more + " more (--report FILE.json lists every finding)");
            }
        }
        int expectations = (int) result.outcomes().stream().filter(StepOutcome::isExpectation).count();
        lines.add(result.held()
                ? "  result: held, " + result.passed() + " of " + expectations + " expectations passed"
                : "  result: FAILED, " + result.failed() + " of " + countedSteps(result) + " failed");
        return lines;
    }

    /** Every line of a scenario: header, steps, footer. */
    public List<String> scenarioLines(ScenarioResult result) {
        List<String> lines = new ArrayList<>();
        lines.add(header(result.name(), result.source()));
        result.outcomes().forEach(o -> lines.addAll(outcomeLines(o)));
        lines.addAll(footerLines(result));
        return lines;
    }

    /** Writes the whole run; the summary is the last line. */
    public void write(RunSummary summary, PrintWriter out) {
        summary.scenarios().forEach(result -> scenarioLines(result).forEach(out::println));
        out.println(summary.summaryLine());
        out.flush();
    }

    private static String marker(StepOutcome outcome) {
        return switch (outcome.verdict()) {
            case PASSED -> "PASS";
            case FAILED -> "FAIL";
            case INFO -> "do";
        };
    }

    private static String countedSteps(ScenarioResult result) {
        long expectations = result.outcomes().stream().filter(StepOutcome::isExpectation).count();
        long failedActions = result.outcomes().stream()
                .filter(o -> !o.isExpectation() && o.verdict() == Verdict.FAILED).count();
        String text = expectations + (expectations == 1 ? " expectation" : " expectations");
        return failedActions == 0 ? text : text + " and " + failedActions + (failedActions == 1 ? " action" : " actions");
    }
}
