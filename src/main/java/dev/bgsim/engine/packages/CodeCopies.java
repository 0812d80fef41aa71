package dev.bgsim.engine.packages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Private copies of package code jars, one folder per read ({@code 3-Samples.Clock/0-tasks.jar}),
 * so class loaders never hold the user's files. Thread-safe.
 */
final class CodeCopies {
    private Path root;
    private final AtomicLong reads = new AtomicLong();

    /** Copies under {@code root}, or (null) under a temporary folder made at the first copy. */
    CodeCopies(Path root) {
        this.root = root;
    }

    private synchronized Path root() throws IOException {
        if (root == null) {
            root = Files.createTempDirectory("bgsim-code-");
        }
        return root;
    }

    /** Copies {@code jars} in order; the copies are what the class loader opens. */
    List<Path> copy(String packageName, List<Path> jars) throws IOException {
        Path dir = root().resolve(reads.incrementAndGet() + "-" + packageName.replaceAll("[^A-Za-z0-9._-]", "_"));
        Files.createDirectories(dir);
        List<Path> copies = new ArrayList<>();
        for (int i = 0; i < jars.size(); i++) {
            Path target = dir.resolve(i + "-" + jars.get(i).getFileName());
            Files.copy(jars.get(i), target, StandardCopyOption.REPLACE_EXISTING);
            copies.add(target);
        }
        return copies;
    }

    /** Deletes every copy (best effort on a file still open elsewhere: it is left for the OS's temp cleaner). */
    synchronized void delete() {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete the package code copies in " + root, e);
        }
    }
}
