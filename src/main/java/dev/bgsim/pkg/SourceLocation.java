package dev.bgsim.pkg;

import java.util.Objects;

/**
 * Where a problem or a declaration is: a file, optionally an entry inside it (a jar entry), and
 * a 1-based line and column when known (0 when not).
 *
 * @param file     the file as the user named it (a manifest, a jar), never null
 * @param jarEntry the entry inside {@code file} when {@code file} is a jar, else null
 * @param line     1-based line, or 0 when the problem is about the file as a whole
 * @param column   1-based column, or 0 when unknown
 */
public record SourceLocation(String file, String jarEntry, int line, int column) {

    public SourceLocation {
        Objects.requireNonNull(file, "file");
    }

    /** A whole file, no position. */
    public static SourceLocation ofFile(String file) {
        return new SourceLocation(file, null, 0, 0);
    }

    /** A position in a plain file. */
    public static SourceLocation of(String file, int line, int column) {
        return new SourceLocation(file, null, line, column);
    }

    /** An entry of a jar, no position. */
    public static SourceLocation ofJarEntry(String jar, String entry) {
        return new SourceLocation(jar, entry, 0, 0);
    }

    /** The same file and entry at another position. */
    public SourceLocation at(int newLine, int newColumn) {
        return new SourceLocation(file, jarEntry, newLine, newColumn);
    }

    /** True when a line is known. */
    public boolean hasPosition() {
        return line > 0;
    }

    /** {@code file}, {@code file!/entry}, then {@code :line:col} when known — the compiler convention editors link. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (jarEntry != null) {
            s.append("!/").append(jarEntry);
        }
        if (line > 0) {
            s.append(':').append(line);
            if (column > 0) {
                s.append(':').append(column);
            }
        }
        return s.toString();
    }
}
