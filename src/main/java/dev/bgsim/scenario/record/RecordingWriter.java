package dev.bgsim.scenario.record;

import dev.bgsim.engine.Engine;
import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.EventSubscriber;
import dev.bgsim.engine.event.Events;
import dev.bgsim.engine.event.Subscription;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;

/**
 * Records a session as JSON Lines (SPEC 6.1): the header line first, then every event the
 * engine publishes, one per line, written as each batch arrives and flushed at the end of the
 * batch, so that a killed bgsim leaves every event it had shown on disk.
 *
 * <p>Attach it to one engine ({@link #attachTo}), or hand it to a client that subscribes it
 * (it is an {@link EventSubscriber}) to one engine after another: {@link #beginSession} writes
 * the next session's header; an engine whose first event arrives without one gets a header made
 * from its {@code EngineStarted} event. A package the engine reads from files during the session
 * ({@code PackageRead}, then {@code PackageLoaded} or {@code PackageUpdated}) gets a package line
 * with the SHA-256 of its files right after those events, unless the header named it. A write that fails stops the recording and is kept for
 * {@link #failure()}; it is never thrown into the engine's delivery thread. Thread-safe.
 */
public final class RecordingWriter implements EventSubscriber, AutoCloseable {
    /** Real time {@link #close()} waits for events still queued for this writer. */
    private static final Duration DRAIN_DEADLINE = Duration.ofSeconds(10);
    private static final Duration POLL = Duration.ofMillis(1);
    /** Real time {@link #close()} waits for the attached engine to say where its clock is. */
    private static final Duration CLOCK_DEADLINE = Duration.ofSeconds(2);

    private final Path file;
    private final Writer out;
    private final RecordingLines lines = new RecordingLines();
    private final List<Subscription> subscriptions = new ArrayList<>();
    private final List<Engine> engines = new ArrayList<>();
    private PackagesSeen packagesSeen = new PackagesSeen();
    private RecordingHeader currentHeader;
    private boolean sessionHasEvents;
    private long eventsWritten;
    private long lastFlushedSeq;
    private IOException failure;
    private boolean closed;

    private RecordingWriter(Path file, Writer out) {
        this.file = file;
        this.out = out;
    }

    /**
     * Creates (or replaces) {@code file} and writes {@code header} as its first line, flushed.
     *
     * @throws IOException when the file cannot be created or written
     */
    public static RecordingWriter create(Path file, RecordingHeader header) throws IOException {
        RecordingWriter writer = create(file);
        writer.beginSession(header);
        IOException failed = writer.failure().orElse(null);
        if (failed != null) {
            writer.closeQuietly(failed);
            throw failed;
        }
        return writer;
    }

    /**
     * Creates (or replaces) {@code file}, empty: the client gives each session's header with
     * {@link #beginSession} before its engine starts (events that come first get a header made
     * from their {@code EngineStarted}).
     *
     * @throws IOException when the file cannot be created
     */
    public static RecordingWriter create(Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        if (absolute.getParent() != null) {
            Files.createDirectories(absolute.getParent());
        }
        return new RecordingWriter(absolute, Files.newBufferedWriter(absolute, StandardCharsets.UTF_8));
    }

    /**
     * Records onto {@code out} instead of a file (tests, in-memory recordings); {@link #file()} is
     * {@code name}. The writer is closed with the recording.
     */
    public static RecordingWriter onto(Writer out, Path name) {
        return new RecordingWriter(name, out);
    }

    /** Any thread. Subscribes to {@code engine} from its first event; {@link #close()} ends the subscription. */
    public synchronized RecordingWriter attachTo(Engine engine) {
        subscriptions.add(engine.subscribe(this, true));
        engines.add(engine);
        return this;
    }

    /** Any thread. Writes a header line: the events that follow belong to a new session. */
    public synchronized void beginSession(RecordingHeader header) {
        currentHeader = header;
        sessionHasEvents = false;
        packagesSeen = new PackagesSeen();
        packagesSeen.known(header.packages());
        writeLines(List.of(lines.header(header)), 0);
    }

    /** Any thread. Notes a package the session opened after its header was written. */
    public synchronized void packageOpened(RecordedPackage pkg) {
        packagesSeen.known(List.of(pkg));
        writeLines(List.of(lines.packageOpened(pkg)), 0);
    }

    /**
     * Any thread. Notes that the session stopped being recorded with the simulated clock at
     * {@code simNow}, so that exports know how far it was watched (not only its last event).
     */
    public synchronized void endSession(Instant simNow) {
        writeLines(List.of(lines.end(simNow, Instant.now())), 0);
    }

    /** Delivery thread. Writes the batch and flushes it. */
    @Override
    public synchronized void onEvents(List<EngineEvent> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<String> text = new ArrayList<>(batch.size() + 1);
        EngineEvent first = batch.get(0);
        if (first.seq() == 1 && (sessionHasEvents || currentHeader == null)) {
            // Another engine's stream with no header given for it: say where the new session starts.
            RecordingHeader next = headerFrom(first);
            currentHeader = next;
            packagesSeen = new PackagesSeen();
            text.add(lines.header(next));
        }
        for (EngineEvent e : batch) {
            text.add(lines.event(e));
            packagesSeen.after(e).ifPresent(p -> text.add(lines.packageOpened(p)));
        }
        sessionHasEvents = true;
        if (writeLines(text, batch.size())) {
            lastFlushedSeq = batch.get(batch.size() - 1).seq();
        }
    }

    private RecordingHeader headerFrom(EngineEvent first) {
        RecordingHeader base = currentHeader;
        String profile = base == null ? "unknown" : base.profile();
        Instant start = first.simTime();
        if (first.payload() instanceof Events.EngineStarted started) {
            profile = started.profile();
            start = started.start();
        }
        return new RecordingHeader(RecordingHeader.FORMAT_VERSION, BuildVersion.current(), "", profile, start,
                first.wallTime(), List.of());
    }

    /** Writes lines and flushes; false when the recording has failed or is closed. */
    private boolean writeLines(List<String> text, int events) {
        if (failure != null || closed) {
            return false;
        }
        try {
            for (String line : text) {
                out.write(line);
                out.write('\n');
            }
            out.flush();
            eventsWritten += events;
            return true;
        } catch (IOException e) {
            failure = e;
            return false;
        }
    }

    /** The recording file, absolute. */
    public Path file() {
        return file;
    }

    /** Events written and flushed so far. */
    public synchronized long eventsWritten() {
        return eventsWritten;
    }

    /** The sequence number of the last event flushed to the file (0 before any). */
    public synchronized long lastFlushedSeq() {
        return lastFlushedSeq;
    }

    /** The write that failed, if one did (the recording stopped there). */
    public synchronized Optional<IOException> failure() {
        return Optional.ofNullable(failure);
    }

    /**
     * Waits (real-time deadline) for events already queued for this writer, ends its
     * subscriptions, notes where the attached engine's clock stood (an end line) and closes the
     * file.
     *
     * @throws IOException when closing the file fails
     */
    @Override
    public void close() throws IOException {
        List<Subscription> subs;
        List<Engine> attached;
        synchronized (this) {
            subs = List.copyOf(subscriptions);
            attached = List.copyOf(engines);
        }
        long deadline = System.nanoTime() + DRAIN_DEADLINE.toNanos();
        for (Subscription s : subs) {
            while (s.backlog() > 0 && System.nanoTime() < deadline) {
                LockSupport.parkNanos(POLL.toNanos());
            }
            s.close();
        }
        if (attached.size() == 1) {
            clockOf(attached.get(0), System.nanoTime() + CLOCK_DEADLINE.toNanos()).ifPresent(this::endSession);
        }
        synchronized (this) {
            if (!closed) {
                closed = true;
                out.close();
            }
        }
    }

    /** Where the engine's clock stands, unless it does not answer by the deadline (closed or stuck). */
    private static Optional<Instant> clockOf(Engine engine, long deadlineNanos) {
        try {
            long wait = Math.max(1, deadlineNanos - System.nanoTime());
            return Optional.of(engine.clockStatus().thenApply(c -> c.now()).get(wait, TimeUnit.NANOSECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | TimeoutException e) {
            return Optional.empty();
        }
    }

    private void closeQuietly(IOException first) {
        try {
            close();
        } catch (IOException e) {
            first.addSuppressed(e);
        }
    }
}
