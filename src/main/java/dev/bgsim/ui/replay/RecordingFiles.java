package dev.bgsim.ui.replay;

import dev.bgsim.scenario.export.ExportFormat;
import dev.bgsim.scenario.export.RecordingExports;
import dev.bgsim.scenario.record.RecordedSession;
import dev.bgsim.scenario.record.Recording;
import dev.bgsim.scenario.record.RecordingReader;
import dev.bgsim.ui.export.TimelinePngExport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * What the File menu does with a recording, off the FX thread: save a copy elsewhere, and export
 * it as a Perfetto trace, a scenario, CSV or PNG with the same code as {@code bgsim export}.
 * A recording still being written is read as far as its last whole line.
 */
public final class RecordingFiles {
    private final RecordingReader reader = new RecordingReader();

    /**
     * Copies the whole lines of {@code source} to {@code target} (written whole or not at all): a
     * live recording's line being written right now is left for the next save.
     *
     * @return the number of lines copied
     */
    public long saveCopy(Path source, Path target) throws IOException {
        byte[] bytes = Files.readAllBytes(source);
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] != '\n') {
            end--;
        }
        long lines = 0;
        for (int i = 0; i < end; i++) {
            if (bytes[i] == '\n') {
                lines++;
            }
        }
        Path absolute = target.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
        try {
            Files.write(temporary, java.util.Arrays.copyOf(bytes, end));
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return lines;
    }

    /**
     * Exports the chosen session of {@code source} to {@code target}.
     *
     * @return notes for the user: lines of the recording that could not be read (file:line), and
     *         what the export could not carry over
     * @throws IOException when the recording cannot be read, holds no session, or the target cannot be written
     */
    public List<String> export(RecordingSource source, ExportFormat format, Path target) throws IOException {
        Recording recording = reader.read(source.file());
        if (recording.sessions().isEmpty()) {
            throw new IOException(source.file() + " holds no session to export");
        }
        RecordedSession session;
        try {
            session = source.session() == 0 ? recording.sessions().get(recording.sessions().size() - 1)
                    : recording.session(source.session());
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
        List<String> notes = new ArrayList<>();
        // The last line of a recording being written may be half-way: not worth a note.
        recording.problems().stream().filter(p -> !isLiveTail(p)).map(Object::toString).forEach(notes::add);
        if (format == ExportFormat.PNG) {
            new TimelinePngExport().write(session, target);
        } else {
            notes.addAll(new RecordingExports().write(session, format, target, source.file().getFileName().toString()));
        }
        return notes;
    }

    private static boolean isLiveTail(dev.bgsim.scenario.record.RecordingProblem p) {
        return p.kind() == dev.bgsim.scenario.record.RecordingProblem.Kind.TRUNCATED_LAST_LINE;
    }
}
