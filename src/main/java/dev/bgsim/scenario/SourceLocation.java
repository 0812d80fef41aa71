package dev.bgsim.scenario;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A place in a scenario file, 1-based, printed the way compilers print it: {@code file:line:col}.
 *
 * @param file   the scenario file, as the user named it
 * @param line   1-based line
 * @param column 1-based column, counted in characters
 */
public record SourceLocation(Path file, int line, int column) {

    public SourceLocation {
        Objects.requireNonNull(file, "file");
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
