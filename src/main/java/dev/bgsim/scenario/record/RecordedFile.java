package dev.bgsim.scenario.record;

import java.util.Objects;

/**
 * One file a recorded package was read from, with its content hash, so that whoever replays or
 * exports the recording can tell whether they hold the same package.
 *
 * @param path   the file, absolute
 * @param sha256 lower-case hex SHA-256 of its bytes
 */
public record RecordedFile(String path, String sha256) {
    public RecordedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
    }
}
