package dev.bgsim.ui.replay;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The workspace folder where the GUI keeps the recordings of its sessions (SPEC 7:
 * {@code ~/.bgsim/workspace/recordings}), one {@code gui-YYYYMMDD-HHMMSS.jsonl} per session, and
 * the list of recent ones the File menu shows.
 */
public final class RecordingsFolder {
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private final Path dir;

    public RecordingsFolder(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    public Path directory() {
        return dir;
    }

    /** A new file for a session starting at wall time {@code now}, created empty so no other session takes it. */
    public Path newSessionFile(Instant now) throws IOException {
        Files.createDirectories(dir);
        String base = "gui-" + NAME.format(now);
        for (int n = 1; ; n++) {
            Path candidate = dir.resolve(n == 1 ? base + ".jsonl" : base + "-" + n + ".jsonl");
            try {
                return Files.createFile(candidate);
            } catch (java.nio.file.FileAlreadyExistsException taken) {
                // Two sessions started in the same second: number the next one.
            }
        }
    }

    /** The newest recordings first, at most {@code limit}; none when the folder does not exist yet. */
    public List<Path> recent(int limit) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsonl") && Files.isRegularFile(f))
                    .sorted(Comparator.comparing(RecordingsFolder::modified).reversed()
                            .thenComparing(Comparator.<Path>naturalOrder().reversed()))
                    .limit(limit).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
