package dev.bgsim.scenario.action;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Updates the package (SPEC 3.9): running tasks are cancelled with SERVICING_UPDATE, the code is
 * swapped, SERVICING_COMPLETE fires and access status resets.
 *
 * @param packageName the package to update
 * @param newVersion  the new version's package file, resolved against the scenario file's
 *                    folder; empty: the same files, with a higher version
 */
public record Update(String packageName, Optional<Path> newVersion) implements AppLifecycleAction {

    /** The {@code "do"} word. */
    public static final String VERB = "update";

    public Update {
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(newVersion, "newVersion");
    }

    @Override
    public String verb() {
        return VERB;
    }

    @Override
    public String describe() {
        return newVersion.map(p -> VERB + " " + packageName + " from " + p).orElse(VERB + " " + packageName);
    }
}
