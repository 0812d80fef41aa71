package dev.bgsim.cli;

import dev.bgsim.scenario.export.ExportFormat;
import dev.bgsim.scenario.export.RecordingExports;
import dev.bgsim.scenario.record.RecordedSession;
import dev.bgsim.scenario.record.Recording;
import dev.bgsim.scenario.record.RecordingReader;
import dev.bgsim.ui.export.TimelinePngExport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bgsim export RECORDING --to trace|scenario|csv|png [--out FILE]} (SPEC 6.1, 6.3). */
@Command(name = "export",
        mixinStandardHelpOptions = true,
        description = {"Exports a recording (a .jsonl written by 'bgsim run --record' or the GUI):",
            "  trace     Chrome trace event JSON: open it in ui.perfetto.dev or chrome://tracing",
            "  scenario  a scenario file that replays the session's inputs and expects the outcomes it saw",
            "  csv       the event log, one row per event",
            "  png       the timeline as an image (drawn off screen; needs JavaFX to start: a display, or Monocle)",
            "Prints the path written. Lines of the recording that cannot be read are reported as file:line and left out."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "2:the recording cannot be read or has no session, or the output cannot be written"})
final class ExportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RECORDING", description = "the recording (.jsonl)")
    Path recordingFile;

    @Option(names = "--to", required = true, paramLabel = "FORMAT", converter = ExportFormatConverter.class,
            completionCandidates = ExportFormatConverter.Words.class,
            description = "trace, scenario, csv or png")
    ExportFormat format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "where to write; default beside the recording: REC.trace.json, REC.scenario.json, REC.csv, REC.png")
    Path out;

    @Option(names = "--session", paramLabel = "N", defaultValue = "0",
            description = "which session of a recording that holds several (one per scenario of 'bgsim run'); default the first")
    int session;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Recording recording;
        try {
            recording = new RecordingReader().read(recordingFile);
        } catch (IOException e) {
            err.println("bgsim export: cannot read " + recordingFile + ": " + e + "; check the path");
            return BgsimCommand.EXIT_BAD_INPUT;
        }
        recording.problems().forEach(p -> err.println(p + (p.lostLines() ? "" : " (note)")));
        RecordedSession chosen = choose(recording, err);
        if (chosen == null) {
            return BgsimCommand.EXIT_BAD_INPUT;
        }
        Path target = (out == null ? format.besides(recordingFile) : out).toAbsolutePath();
        try {
            if (format == ExportFormat.PNG) {
                new TimelinePngExport().write(chosen, target);
            } else {
                List<String> notes = new RecordingExports().write(chosen, format, target,
                        recordingFile.getFileName().toString());
                notes.forEach(n -> err.println("note: " + n));
            }
        } catch (IOException e) {
            err.println("bgsim export: cannot write " + target + ": " + e + "; give --out a path in a writable folder");
            return BgsimCommand.EXIT_BAD_INPUT;
        }
        stdout.println(target);
        return 0;
    }

    private RecordedSession choose(Recording recording, PrintWriter err) {
        if (recording.sessions().isEmpty()) {
            err.println("bgsim export: " + recordingFile + " holds no session to export");
            return null;
        }
        if (session == 0 && recording.sessions().size() > 1) {
            err.println("note: " + recordingFile + " holds " + recording.sessions().size()
                    + " sessions; exporting the first (choose one with --session N)");
        }
        try {
            return recording.session(Math.max(1, session));
        } catch (IllegalArgumentException e) {
            err.println("bgsim export: " + e.getMessage() + "; give --session 1 to " + recording.sessions().size());
            return null;
        }
    }
}
