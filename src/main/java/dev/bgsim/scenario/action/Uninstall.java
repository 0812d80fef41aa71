package dev.bgsim.scenario.action;

import java.util.Objects;

/** Uninstalls the package: running tasks are cancelled with UNINSTALL, registrations and local settings removed. */
public record Uninstall(String packageName) implements AppLifecycleAction {

    /** The {@code "do"} word. */
    public static final String VERB = "uninstall";

    public Uninstall {
        Objects.requireNonNull(packageName, "packageName");
    }

    @Override
    public String verb() {
        return VERB;
    }
}
