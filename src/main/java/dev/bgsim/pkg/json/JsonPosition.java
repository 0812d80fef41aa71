package dev.bgsim.pkg.json;

/**
 * Where a JSON value starts in its text.
 *
 * @param line   1-based line
 * @param column 1-based column
 */
public record JsonPosition(int line, int column) {
    @Override
    public String toString() {
        return line + ":" + column;
    }
}
