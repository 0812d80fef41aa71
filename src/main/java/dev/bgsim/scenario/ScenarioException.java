package dev.bgsim.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A scenario file that cannot be run, with every error found in it (not just the first).
 * Nothing of an invalid scenario runs (SPEC 6.2).
 */
public final class ScenarioException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final transient List<ScenarioError> errors;

    /** An invalid scenario; {@code errors} must not be empty. */
    public ScenarioException(Path file, List<ScenarioError> errors) {
        this(file, errors, null);
    }

    /** An invalid scenario whose first error comes from {@code cause} (an unreadable file). */
    public ScenarioException(Path file, List<ScenarioError> errors, Throwable cause) {
        super(describe(errors), cause);
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a ScenarioException needs at least one error");
        }
        this.file = Objects.requireNonNull(file, "file");
        this.errors = List.copyOf(errors);
    }

    /** The scenario file. */
    public Path file() {
        return file;
    }

    /** Every error, in file order. */
    public List<ScenarioError> errors() {
        return errors;
    }

    private static String describe(List<ScenarioError> errors) {
        return errors.stream().map(ScenarioError::toString).collect(Collectors.joining("\n"));
    }
}
