package dev.bgsim.ui.replay;

import dev.bgsim.engine.Engine;
import dev.bgsim.engine.EngineConfig;
import dev.bgsim.scenario.record.LoadedPackages;
import dev.bgsim.scenario.record.RecordingHeader;
import dev.bgsim.scenario.record.RecordingWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Records the GUI's live session into the workspace as it happens (SPEC 6.1): one JSON Lines file
 * per session, each batch of events flushed before the next, so a killed bgsim leaves every event
 * it had shown. The recording starts once the packages the window opens with are loaded, so that
 * its header names them (identity, version, file hashes); it subscribes with the engine's history,
 * so nothing from before that is missing. Thread-safe.
 */
public final class GuiRecorder implements AutoCloseable {
    private final Engine engine;
    private final EngineConfig config;
    private final RecordingsFolder folder;
    private final Clock wallClock;
    private RecordingWriter writer;
    private IOException failure;
    private boolean closed;
    private final java.util.concurrent.CompletableFuture<Void> started = new java.util.concurrent.CompletableFuture<>();

    public GuiRecorder(Engine engine, EngineConfig config, RecordingsFolder folder, Clock wallClock) {
        this.engine = engine;
        this.config = config;
        this.folder = folder;
        this.wallClock = wallClock;
    }

    /** Starts recording once {@code initialPackages} completes (however it completes). */
    public GuiRecorder startAfter(CompletionStage<?> initialPackages) {
        // Off the thread that completes it (the FX thread): hashing package files is file work.
        initialPackages.whenCompleteAsync((r, e) -> start());
        return this;
    }

    /** Starts recording now (nothing happens when it already did or was closed). */
    public synchronized void start() {
        if (writer != null || closed) {
            return;
        }
        try {
            Path file = folder.newSessionFile(wallClock.instant());
            RecordingHeader header = RecordingHeader.of(config, "GUI session", LoadedPackages.in(engine.history()), wallClock);
            writer = RecordingWriter.create(file, header).attachTo(engine);
        } catch (IOException e) {
            failure = e;
        } finally {
            started.complete(null);
        }
    }

    /** Completes once recording started, or failed to ({@link #failure()}). */
    public java.util.concurrent.CompletableFuture<Void> started() {
        return started;
    }

    /** The file being written, once recording started. */
    public synchronized Optional<Path> file() {
        return Optional.ofNullable(writer).map(RecordingWriter::file);
    }

    /** Why the recording could not start or stopped (a full disk...), if it did. */
    public synchronized Optional<IOException> failure() {
        if (failure != null) {
            return Optional.of(failure);
        }
        return writer == null ? Optional.empty() : writer.failure();
    }

    /** Sequence number of the last event safely on disk (0 before any). */
    public synchronized long lastFlushedSeq() {
        return writer == null ? 0 : writer.lastFlushedSeq();
    }

    /** True while events are written to a file (after the start, until stopped or closed). */
    public synchronized boolean isRecording() {
        return writer != null;
    }

    /**
     * Any thread. Ends the current file with where the clock stood; it stays in the recordings
     * folder. Recording again ({@link #startNew}) starts another file.
     *
     * @return the file that was ended, if one was being written
     */
    public Optional<Path> stop() throws IOException {
        RecordingWriter w;
        synchronized (this) {
            w = writer;
            writer = null;
        }
        if (w == null) {
            return Optional.empty();
        }
        w.close();
        return Optional.of(w.file());
    }

    /**
     * Any thread but the FX thread (it hashes the package files). Starts a new file after a stop.
     * It holds the whole session from the engine's first event, not only from now: a recording
     * that lacked the package loads and registrations could not be replayed.
     *
     * @return the new file, or empty when it could not be made ({@link #failure()} says why)
     */
    public synchronized Optional<Path> startNew() {
        if (writer == null && !closed) {
            failure = null;
            start();
        }
        return file();
    }

    /** Ends the recording with where the clock stood; call before closing the engine. */
    @Override
    public void close() throws IOException {
        RecordingWriter w;
        synchronized (this) {
            closed = true;
            w = writer;
        }
        if (w != null) {
            w.close();
        }
    }
}
