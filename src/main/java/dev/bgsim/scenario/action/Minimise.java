package dev.bgsim.scenario.action;

import java.util.Objects;

/** Sends the foreground app to the background (RUNNING_IN_BACKGROUND). */
public record Minimise(String packageName) implements AppLifecycleAction {

    /** The {@code "do"} word. */
    public static final String VERB = "minimise";

    public Minimise {
        Objects.requireNonNull(packageName, "packageName");
    }

    @Override
    public String verb() {
        return VERB;
    }
}
