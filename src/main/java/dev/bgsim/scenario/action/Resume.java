package dev.bgsim.scenario.action;

import java.util.Objects;

/** Resumes a suspended app; events held while it was suspended are delivered. */
public record Resume(String packageName) implements AppLifecycleAction {

    /** The {@code "do"} word. */
    public static final String VERB = "resume";

    public Resume {
        Objects.requireNonNull(packageName, "packageName");
    }

    @Override
    public String verb() {
        return VERB;
    }
}
