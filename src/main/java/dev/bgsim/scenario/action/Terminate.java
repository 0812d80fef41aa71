package dev.bgsim.scenario.action;

import java.util.Objects;

/** Terminates the app's process, as the user closing it. */
public record Terminate(String packageName) implements AppLifecycleAction {

    /** The {@code "do"} word. */
    public static final String VERB = "terminate";

    public Terminate {
        Objects.requireNonNull(packageName, "packageName");
    }

    @Override
    public String verb() {
        return VERB;
    }
}
