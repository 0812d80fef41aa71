package dev.bgsim.scenario.record;

import java.util.List;
import java.util.Objects;

/**
 * A package a recorded session loaded.
 *
 * @param identity the package identity name
 * @param version  its version
 * @param file     the file the user gave (jar or manifest), absolute
 * @param files    every file it was read from (the package file and its code jars) with hashes
 */
public record RecordedPackage(String identity, String version, String file, List<RecordedFile> files) {
    public RecordedPackage {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(file, "file");
        files = List.copyOf(files);
    }
}
