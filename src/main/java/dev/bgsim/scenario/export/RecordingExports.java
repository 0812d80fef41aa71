package dev.bgsim.scenario.export;

import dev.bgsim.checker.GuidelineChecker;
import dev.bgsim.scenario.record.RecordedSession;
import dev.bgsim.scenario.report.AtomicFileWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the file exports of a recorded session (trace, CSV, scenario), each whole or not at all
 * (temporary file, then rename). A trace marks the guidelines checker's findings. PNG needs the GUI's timeline and is written there.
 */
public final class RecordingExports {
    private final ChromeTraceExport trace = new ChromeTraceExport();
    private final CsvExport csv = new CsvExport();
    private final ScenarioExport scenario = new ScenarioExport();

    /**
     * Writes {@code session} as {@code format} to {@code out}.
     *
     * @param source what the session came from (the recording's file name), for the scenario's comment
     * @return notes on what could not be carried over exactly (scenario export), else empty
     * @throws IllegalArgumentException for {@link ExportFormat#PNG}
     */
    public List<String> write(RecordedSession session, ExportFormat format, Path out, String source) throws IOException {
        List<String> notes = new ArrayList<>();
        switch (format) {
            case TRACE -> AtomicFileWriter.write(out, stream -> trace.write(session, findings(session), stream));
            case CSV -> AtomicFileWriter.write(out, stream -> {
                Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
                csv.write(session, w);
            });
            case SCENARIO -> {
                ExportedScenario exported = scenario.export(session, out, source);
                notes.addAll(exported.notes());
                AtomicFileWriter.write(out, stream -> stream.write(exported.json().getBytes(StandardCharsets.UTF_8)));
            }
            case PNG -> throw new IllegalArgumentException("a PNG of the timeline is drawn by the GUI, not here");
        }
        return notes;
    }

    /** What the guidelines checker finds in the session's events (the same as it found live: findings depend on the events alone). */
    public static List<TraceFinding> findings(RecordedSession session) {
        return GuidelineChecker.check(session.events()).stream()
                .map(f -> new TraceFinding(f.subjects(), f.simTime(), f.ruleId(), f.severity().label(), f.message()))
                .toList();
    }
}
