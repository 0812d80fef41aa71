package dev.bgsim.scenario.action;

import java.util.Objects;
import java.util.Optional;

/**
 * The user logs off (SPEC 3.9): running tasks are cancelled with LOGGING_OFF and the session is
 * disconnected.
 *
 * @param packageName only this package's tasks and app; empty: the whole session, every package
 */
public record Logoff(Optional<String> packageName) implements Action {

    /** The {@code "do"} word. */
    public static final String VERB = "logoff";

    public Logoff {
        Objects.requireNonNull(packageName, "packageName");
    }

    @Override
    public String verb() {
        return VERB;
    }

    @Override
    public String describe() {
        return packageName.map(p -> VERB + " " + p).orElse(VERB);
    }
}
