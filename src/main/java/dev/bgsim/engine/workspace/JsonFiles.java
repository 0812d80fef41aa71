package dev.bgsim.engine.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads and writes the workspace's JSON files: writes are atomic ({@link AtomicFiles}); a file
 * that cannot be parsed (or whose content {@code decode} rejects) is moved aside as
 * {@code NAME.corrupt-TIMESTAMP} and reported as a {@link WorkspaceProblem}. Thread-safe.
 */
final class JsonFiles {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneOffset.UTC);
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final AtomicFiles files;
    private final Clock wallClock;

    JsonFiles(AtomicFiles files, Clock wallClock) {
        this.files = files;
        this.wallClock = wallClock;
    }

    ObjectMapper mapper() {
        return json;
    }

    void write(Path file, Object value) {
        try {
            files.write(file, json.writeValueAsBytes(value));
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode " + file + ": " + e.getMessage(), e);
        }
    }

    void delete(Path file) {
        files.delete(file);
    }

    /** Reads {@code file} (empty when absent); on a problem, moves it aside and adds it to {@code problems}. */
    <T> Optional<T> read(Path file, Function<JsonNode, T> decode, List<WorkspaceProblem> problems) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(decode.apply(json.readTree(file.toFile())));
        } catch (IOException | RuntimeException e) {
            Path aside = file.resolveSibling(file.getFileName() + ".corrupt-" + STAMP.format(wallClock.instant()));
            try {
                Files.move(file, aside);
            } catch (IOException moveFailed) {
                aside = null;
            }
            problems.add(new WorkspaceProblem(file.toString(), e.getClass().getSimpleName() + ": " + e.getMessage(),
                    aside == null ? null : aside.toString()));
            return Optional.empty();
        }
    }

    /** Removes temporary files a crash left behind in {@code dir}. */
    static void removeTemporaries(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (var s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.getFileName().toString().endsWith(AtomicFiles.TEMP_SUFFIX)).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not clean " + dir + ": " + e.getMessage(), e);
        }
    }
}
