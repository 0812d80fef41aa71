package dev.bgsim.scenario.action;

import java.util.Objects;

/** Brings a background app back to the foreground. */
public record Restore(String packageName) implements AppLifecycleAction {

    /** The {@code "do"} word. */
    public static final String VERB = "restore";

    public Restore {
        Objects.requireNonNull(packageName, "packageName");
    }

    @Override
    public String verb() {
        return VERB;
    }
}
