package dev.bgsim.scenario.run;

import java.nio.file.Path;
import java.util.List;

/** A package file that cannot be loaded, with every problem found in it, one line each. */
public final class PackageOpenException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final transient List<String> problems;

    /** {@code problems} must not be empty; each names the place (file:line:col or jar entry), what is wrong and what would be right. */
    public PackageOpenException(Path file, List<String> problems) {
        super(String.join("\n", problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a PackageOpenException needs at least one problem");
        }
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    /** The package file. */
    public Path file() {
        return file;
    }

    /** Every problem, one line each. */
    public List<String> problems() {
        return problems;
    }
}
