package dev.bgsim.pkg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the shared corpus of real appx manifests in place (never copied into the project): the
 * {@code bgsim.corpus.dir} system property when set (a value that is not a folder means "no
 * corpus": the corpus tests are skipped), else the first {@code shared/corpus/appxmanifests}
 * found walking up from the working folder.
 */
public final class CorpusManifests {
    static final String RELATIVE = "shared/corpus/appxmanifests";

    private CorpusManifests() {
    }

    /** The corpus folder, when there is one. */
    public static Optional<Path> folder() {
        String property = System.getProperty("bgsim.corpus.dir");
        if (property != null) {
            return Files.isDirectory(Path.of(property)) ? Optional.of(Path.of(property)) : Optional.empty();
        }
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(RELATIVE);
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Why a corpus test is skipped. */
    public static String absentMessage() {
        return "corpus of real appx manifests not found (" + RELATIVE + " above " + System.getProperty("user.dir")
                + ", or -Dbgsim.corpus.dir); corpus tests skipped";
    }

    /** The manifest files ({@code NN-*.xml}), sorted; empty when there is no corpus. */
    public static List<Path> files() {
        Optional<Path> folder = folder();
        if (folder.isEmpty()) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder.get())) {
            return files.filter(f -> f.getFileName().toString().matches("\\d\\d-.*\\.xml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The corpus file whose name starts with {@code number} ("01"). */
    public static Path file(String number) {
        return files().stream().filter(f -> f.getFileName().toString().startsWith(number + "-")).findFirst()
                .orElseThrow(() -> new AssertionError("no corpus file " + number + "-*.xml"));
    }
}
