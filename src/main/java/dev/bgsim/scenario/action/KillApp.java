package dev.bgsim.scenario.action;

import java.util.Objects;

/**
 * Kills the app's process without any callback (SPEC 3.7): the app is TERMINATED and its
 * in-process tasks with it.
 *
 * @param packageName the package whose app is killed
 */
public record KillApp(String packageName) implements Action {

    public KillApp {
        Objects.requireNonNull(packageName, "packageName");
    }

    @Override
    public String verb() {
        return KillInstance.VERB;
    }

    @Override
    public String describe() {
        return KillInstance.VERB + " app " + packageName;
    }
}
