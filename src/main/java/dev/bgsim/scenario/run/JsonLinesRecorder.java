package dev.bgsim.scenario.run;

import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.EventJson;
import dev.bgsim.engine.event.EventSubscriber;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Records the event stream as JSON Lines (SPEC 6.1): one event per line in the engine's
 * {@link EventJson} form, flushed after every batch so that nothing already published is lost
 * if the process dies. Subscribe it to one engine after another; batches arrive one at a time.
 * A write that fails stops the recording and is kept for {@link #failure()}, never thrown into
 * the engine's delivery thread.
 */
public final class JsonLinesRecorder implements EventSubscriber, AutoCloseable {
    private final EventJson json = new EventJson();
    private final Writer out;
    private long written;
    private IOException failure;

    /** Records into {@code out}, which it closes when closed. */
    public JsonLinesRecorder(Writer out) {
        this.out = out instanceof BufferedWriter ? out : new BufferedWriter(out);
    }

    /** Records into {@code file}, replacing what it held. */
    public static JsonLinesRecorder toFile(Path file) throws IOException {
        return new JsonLinesRecorder(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    }

    @Override
    public synchronized void onEvents(List<EngineEvent> batch) {
        if (failure != null) {
            return;
        }
        try {
            for (EngineEvent event : batch) {
                out.write(json.write(event));
                out.write('\n');
            }
            out.flush();
            written += batch.size();
        } catch (IOException e) {
            failure = e;
        }
    }

    /** Events written and flushed so far. */
    public synchronized long written() {
        return written;
    }

    /** The write that failed, if one did (the recording stopped there). */
    public synchronized Optional<IOException> failure() {
        return Optional.ofNullable(failure);
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
