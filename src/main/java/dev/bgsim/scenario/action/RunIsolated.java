package dev.bgsim.scenario.action;

import java.util.Objects;

/**
 * Sets whether a package's in-process tasks run isolated (SPEC 3.8): in a child JVM that is the
 * app's process instead of bgsim's own JVM. Takes effect from the next app process.
 *
 * @param packageName the package
 * @param isolated    true to isolate, false to return to bgsim's JVM
 */
public record RunIsolated(String packageName, boolean isolated) implements Action {

    /** The {@code "do"} word. */
    public static final String VERB = "runIsolated";

    public RunIsolated {
        Objects.requireNonNull(packageName, "packageName");
    }

    @Override
    public String verb() {
        return VERB;
    }

    @Override
    public String describe() {
        return VERB + " " + packageName + (isolated ? "" : " off");
    }
}
