package dev.bgsim.cli;

import dev.bgsim.scenario.export.ExportFormat;
import dev.bgsim.scenario.export.RecordingExports;
import dev.bgsim.scenario.record.RecordedSession;
import dev.bgsim.scenario.record.Recording;
import dev.bgsim.scenario.record.RecordingReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code bgsim run --trace FILE.json}: the Chrome traces of a finished run, made from its
 * recording (one session per scenario) by the same export as {@code bgsim export --to trace}.
 * One scenario writes {@code FILE.json}; several write {@code FILE-1.json}, {@code FILE-2.json}...
 */
final class RunTraces {
    private final Path target;
    private final Path recordingFile;
    private final boolean recordingIsTemporary;

    RunTraces(Path target, Path recordingFile, boolean recordingIsTemporary) {
        this.target = target.toAbsolutePath();
        this.recordingFile = recordingFile;
        this.recordingIsTemporary = recordingIsTemporary;
    }

    /** Writes every trace and prints its path; false (reason printed) when one could not be written. */
    boolean write(PrintWriter out, PrintWriter err) {
        try {
            Recording recording = new RecordingReader().read(recordingFile);
            List<RecordedSession> sessions = recording.sessions();
            RecordingExports exports = new RecordingExports();
            for (int i = 0; i < sessions.size(); i++) {
                Path file = sessions.size() == 1 ? target : numbered(i + 1);
                exports.write(sessions.get(i), ExportFormat.TRACE, file, recordingFile.getFileName().toString());
                out.println("trace: " + file);
            }
            return true;
        } catch (IOException e) {
            err.println("bgsim run: cannot write the trace " + target + ": " + e.getMessage()
                    + "; give --trace a path in a writable folder");
            err.flush();
            return false;
        } finally {
            if (recordingIsTemporary) {
                try {
                    Files.deleteIfExists(recordingFile);
                } catch (IOException e) {
                    err.println("note: the temporary recording " + recordingFile + " could not be removed: " + e.getMessage());
                }
            }
        }
    }

    /** FILE.json -> FILE-n.json (the number before the extension, so the file still opens as JSON). */
    private Path numbered(int n) {
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String numbered = dot > 0 ? name.substring(0, dot) + "-" + n + name.substring(dot) : name + "-" + n;
        return target.resolveSibling(numbered);
    }
}
