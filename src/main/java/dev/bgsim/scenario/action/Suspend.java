package dev.bgsim.scenario.action;

import java.util.Objects;

/** Suspends the app: {@code onSuspending} runs, then the app is frozen (SPEC 3.9). */
public record Suspend(String packageName) implements AppLifecycleAction {

    /** The {@code "do"} word. */
    public static final String VERB = "suspend";

    public Suspend {
        Objects.requireNonNull(packageName, "packageName");
    }

    @Override
    public String verb() {
        return VERB;
    }
}
