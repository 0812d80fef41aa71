package dev.bgsim.scenario.parse;

import dev.bgsim.scenario.ScenarioError;
import dev.bgsim.scenario.SourceLocation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every error found in one scenario file, so that the user sees them all at once. */
final class Problems {

    private final List<ScenarioError> errors = new ArrayList<>();

    void add(SourceLocation location, String problem, String remedy) {
        errors.add(new ScenarioError(location, problem, remedy));
    }

    /** How many errors so far; compare two counts to see whether a part of the file was clean. */
    int count() {
        return errors.size();
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    /** The errors in file order (a missing field is found after the fields inside its object). */
    List<ScenarioError> inFileOrder() {
        List<ScenarioError> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparingInt((ScenarioError e) -> e.location().line())
                .thenComparingInt(e -> e.location().column()));
        return sorted;
    }
}
