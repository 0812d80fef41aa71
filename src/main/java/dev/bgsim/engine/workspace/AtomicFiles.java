package dev.bgsim.engine.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Atomic file replacement (SPEC 7): write a temporary file next to the target, flush it to disk
 * (fsync), then rename it over the target in one step. A crash at any point leaves either the
 * old file or the new one, never half of one; a leftover temporary file is ignored (and removed)
 * on the next start. Thread-safe.
 */
public final class AtomicFiles {
    /** Suffix of temporary files; never read as data. */
    public static final String TEMP_SUFFIX = ".tmp";

    private final Runnable beforeRename;

    /** Real writes. */
    public AtomicFiles() {
        this(() -> { });
    }

    /** For tests: {@code beforeRename} runs after the data is on disk and before the rename (throw to simulate a crash). */
    public AtomicFiles(Runnable beforeRename) {
        this.beforeRename = beforeRename;
    }

    /** Replaces {@code target} with {@code data} atomically. */
    public synchronized void write(Path target, byte[] data) {
        try {
            Files.createDirectories(target.getParent());
            Path tmp = target.resolveSibling(target.getFileName() + "." + System.nanoTime() + TEMP_SUFFIX);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buf = ByteBuffer.wrap(data);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            beforeRename.run();
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Deletes {@code target} if it exists. */
    public synchronized void delete(Path target) {
        try {
            Files.deleteIfExists(target);
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + target + ": " + e.getMessage(), e);
        }
    }
}
