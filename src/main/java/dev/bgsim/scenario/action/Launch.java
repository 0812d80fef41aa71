package dev.bgsim.scenario.action;

import java.util.Objects;

/** Starts the app in the foreground (RUNNING); {@code onLaunched} runs. */
public record Launch(String packageName) implements AppLifecycleAction {

    /** The {@code "do"} word. */
    public static final String VERB = "launch";

    public Launch {
        Objects.requireNonNull(packageName, "packageName");
    }

    @Override
    public String verb() {
        return VERB;
    }
}
