package dev.bgsim.scenario.record;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Something in a recording that could not be read as written, and what was done about it.
 * {@link #toString()} is the one-line form {@code file:line: message}.
 *
 * @param file    the recording
 * @param line    1-based line number (0 when it concerns the whole file)
 * @param kind    what sort of problem
 * @param message what is wrong and what was kept, in words a user can act on
 */
public record RecordingProblem(Path file, int line, Kind kind, String message) {
    /** What sort of problem; only {@link #MALFORMED_LINE} and {@link #TRUNCATED_LAST_LINE} lose lines. */
    public enum Kind {
        /** A line in the middle is not a recording line: skipped. */
        MALFORMED_LINE,
        /** The last line was cut short (bgsim was killed while writing it): dropped, everything before kept. */
        TRUNCATED_LAST_LINE,
        /** Events before any header line (an older writer): read without one. */
        MISSING_HEADER,
        /** Written in a later format than this build knows: read as far as possible. */
        NEWER_FORMAT,
        /** An event type this build does not know: kept as an unknown event. */
        UNKNOWN_EVENT_TYPE,
        /** Sequence numbers jump: events are missing between two lines. */
        SEQUENCE_GAP,
        /** Nothing to read. */
        EMPTY
    }

    public RecordingProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    /** True when lines of the file were not read (as opposed to read with a note). */
    public boolean lostLines() {
        return kind == Kind.MALFORMED_LINE || kind == Kind.TRUNCATED_LAST_LINE;
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
