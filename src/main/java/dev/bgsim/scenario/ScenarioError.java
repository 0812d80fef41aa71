package dev.bgsim.scenario;

import java.util.Objects;

/**
 * One thing wrong with a scenario file: where, what is wrong, and what would be right.
 *
 * <p>Printed as {@code file:line:col: problem; remedy}, one line, so that editors and CI logs
 * can jump to it.
 *
 * @param location where the problem is
 * @param problem  what is wrong, naming the offending input
 * @param remedy   what would be right
 */
public record ScenarioError(SourceLocation location, String problem, String remedy) {

    public ScenarioError {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(remedy, "remedy");
    }

    @Override
    public String toString() {
        return location + ": " + problem + "; " + remedy;
    }
}
