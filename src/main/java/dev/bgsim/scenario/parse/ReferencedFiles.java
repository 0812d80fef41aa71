package dev.bgsim.scenario.parse;

import dev.bgsim.scenario.SourceLocation;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Resolves the files a scenario names (packages, new versions, custom profiles) against the
 * scenario file's folder (SPEC 6.2) and checks that they exist.
 */
final class ReferencedFiles {

    private final Path baseFolder;
    private final Problems problems;

    ReferencedFiles(Path scenarioFile, Problems problems) {
        Path parent = scenarioFile.toAbsolutePath().getParent();
        this.baseFolder = parent == null ? Path.of("").toAbsolutePath() : parent;
        this.problems = problems;
    }

    /**
     * The absolute, normalised path of an existing file named by {@code text}.
     *
     * @param what what the file is, for messages ("package file")
     */
    Optional<Path> existing(String text, String what, SourceLocation location) {
        Path resolved;
        try {
            resolved = baseFolder.resolve(text).normalize();
        } catch (InvalidPathException e) {
            problems.add(location, what + " \"" + text + "\" is not a valid path: " + e.getReason(),
                    "write a path relative to the scenario file's folder, with / between folders");
            return Optional.empty();
        }
        if (!Files.exists(resolved)) {
            problems.add(location, what + " \"" + text + "\" not found (looked for " + resolved + ")",
                    "paths are relative to the scenario file's folder " + baseFolder + ": fix the path, or build the file first");
            return Optional.empty();
        }
        return Optional.of(resolved);
    }
}
