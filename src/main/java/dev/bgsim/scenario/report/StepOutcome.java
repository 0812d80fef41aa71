package dev.bgsim.scenario.report;

import dev.bgsim.scenario.ActionStep;
import dev.bgsim.scenario.ExpectationStep;
import dev.bgsim.scenario.Step;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What happened at one step: for an expectation, what was expected and what was seen; for an
 * action, what it did. A failure carries the recent events that explain it, one text line each.
 *
 * @param step         the step
 * @param verdict      passed, failed or info
 * @param expected     what the step expected (empty for actions that did what they should)
 * @param seen         what the simulator showed, or what the action did
 * @param recentEvents the events that led up to it, oldest first, one line each
 */
public record StepOutcome(Step step, Verdict verdict, String expected, String seen, List<String> recentEvents) {

    public StepOutcome {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(seen, "seen");
        recentEvents = List.copyOf(recentEvents);
        if (verdict == Verdict.PASSED && !(step instanceof ExpectationStep)) {
            throw new IllegalArgumentException("only an expectation passes; an action is INFO or FAILED: " + step);
        }
        if (verdict == Verdict.INFO && !(step instanceof ActionStep)) {
            throw new IllegalArgumentException("an expectation passes or fails, it is never INFO: " + step);
        }
    }

    /** An expectation that held. */
    public static StepOutcome passed(ExpectationStep step, String expected, String seen) {
        return new StepOutcome(step, Verdict.PASSED, expected, seen, List.of());
    }

    /** An expectation that did not hold, or an action that could not be carried out. */
    public static StepOutcome failed(Step step, String expected, String seen, List<String> recentEvents) {
        return new StepOutcome(step, Verdict.FAILED, expected, seen, recentEvents);
    }

    /** An action that was carried out, and what it did. */
    public static StepOutcome done(ActionStep step, String seen) {
        return new StepOutcome(step, Verdict.INFO, "", seen, List.of());
    }

    /** True for expectation steps: the ones {@code N passed, N failed} is about. */
    public boolean isExpectation() {
        return step instanceof ExpectationStep;
    }

    /** The explanation as lines: expected, seen, then the recent events (each only when there is one). */
    public List<String> messageLines() {
        List<String> lines = new ArrayList<>();
        addLabelled(lines, "expected: ", expected);
        addLabelled(lines, "seen:     ", seen);
        if (!recentEvents.isEmpty()) {
            lines.add("recent events:");
            recentEvents.forEach(e -> lines.add("  " + e));
        }
        return lines;
    }

    /** Adds {@code label + text}, with the text's further lines indented under its first. */
    private static void addLabelled(List<String> lines, String label, String text) {
        if (text.isEmpty()) {
            return;
        }
        String indent = " ".repeat(label.length());
        List<String> textLines = text.lines().toList();
        lines.add(label + textLines.get(0));
        textLines.subList(1, textLines.size()).forEach(line -> lines.add(indent + line));
    }

    /** {@link #messageLines()} joined by newlines. */
    public String message() {
        return String.join("\n", messageLines());
    }
}
