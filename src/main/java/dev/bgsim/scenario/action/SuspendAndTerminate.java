package dev.bgsim.scenario.action;

import java.util.Objects;

/** Suspends the app, then terminates it, as the system does under memory pressure (SPEC 3.9). */
public record SuspendAndTerminate(String packageName) implements AppLifecycleAction {

    /** The {@code "do"} word. */
    public static final String VERB = "suspendAndTerminate";

    public SuspendAndTerminate {
        Objects.requireNonNull(packageName, "packageName");
    }

    @Override
    public String verb() {
        return VERB;
    }
}
