package dev.bgsim.scenario.export;

import java.nio.file.Path;
import java.util.Locale;

/** What a recording can be exported as, and the file name each gets beside the recording by default. */
public enum ExportFormat {
    /** Chrome trace event JSON (Perfetto, chrome://tracing): {@code rec.trace.json}. */
    TRACE("trace.json"),
    /** A scenario file that replays the session: {@code rec.scenario.json}. */
    SCENARIO("scenario.json"),
    /** The event log: {@code rec.csv}. */
    CSV("csv"),
    /** The timeline as an image: {@code rec.png}. */
    PNG("png");

    private final String suffix;

    ExportFormat(String suffix) {
        this.suffix = suffix;
    }

    /** The word on the command line ({@code trace}, {@code scenario}, {@code csv}, {@code png}). */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Beside the recording: {@code rec.jsonl} becomes {@code rec.trace.json}, {@code rec.csv}... */
    public Path besides(Path recording) {
        Path absolute = recording.toAbsolutePath();
        String name = absolute.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return absolute.resolveSibling(base + "." + suffix);
    }
}
