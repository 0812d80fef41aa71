package dev.bgsim.scenario.expect;

import java.util.Objects;

/**
 * The state of a package's app.
 *
 * @param packageName the package
 * @param state       its app state
 */
public record AppStateExpectation(String packageName, AppState state) implements Expectation {

    public AppStateExpectation {
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(state, "state");
    }

    @Override
    public String describe() {
        return "app " + packageName + " state " + state;
    }
}
