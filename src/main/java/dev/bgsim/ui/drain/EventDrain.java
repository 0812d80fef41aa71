package dev.bgsim.ui.drain;

import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.EventSubscriber;
import dev.bgsim.engine.time.ClockStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import javafx.animation.AnimationTimer;

/**
 * Carries the engine's event stream onto the FX thread: the engine's delivery thread appends to
 * one concurrent queue, and an {@link AnimationTimer} drains it once per pulse within a time
 * budget, in chunks, handing each chunk to every {@link EventSink}. Events left over when the
 * budget runs out wait for the next pulse, so the FX thread is never flooded (ARCHITECTURE: never
 * one {@code Platform.runLater} per event).
 */
public final class EventDrain {
    /** Events handed to the sinks at once; the budget is checked between chunks. */
    static final int CHUNK = 512;

    private final Queue<EngineEvent> queue = new ConcurrentLinkedQueue<>();
    private final AtomicReference<ClockStatus> latestClock = new AtomicReference<>();
    private final List<EventSink> sinks = new ArrayList<>();
    private final long budgetNanos;
    private final LongSupplier nanoTime;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            drainOnce();
        }
    };
    private long drained;

    /** A drain with a per-pulse budget (8 ms leaves half a 60 Hz frame for layout and paint). */
    public EventDrain(long budgetNanos, LongSupplier nanoTime) {
        this.budgetNanos = budgetNanos;
        this.nanoTime = nanoTime;
    }

    public EventDrain() {
        this(8_000_000L, System::nanoTime);
    }

    /** FX thread. Adds a read model; sinks see chunks in the order they were added. */
    public void addSink(EventSink sink) {
        sinks.add(sink);
    }

    /** The subscriber to give the engine; it only enqueues, on the engine's delivery thread. */
    public EventSubscriber subscriber() {
        return queue::addAll;
    }

    /** Any thread. Offers a fresh clock status; only the newest is kept (it supersedes). */
    public void offerClock(ClockStatus status) {
        latestClock.set(status);
    }

    public void start() {
        timer.start();
    }

    public void stop() {
        timer.stop();
    }

    /** Events waiting for a pulse. */
    public int backlog() {
        return queue.size();
    }

    /** Events handed to the sinks so far. */
    public long drained() {
        return drained;
    }

    /** FX thread. One pulse: drains chunks until the queue is empty or the budget is spent. */
    public int drainOnce() {
        long deadline = nanoTime.getAsLong() + budgetNanos;
        int count = 0;
        List<EngineEvent> chunk = new ArrayList<>(CHUNK);
        do {
            chunk.clear();
            EngineEvent e;
            while (chunk.size() < CHUNK && (e = queue.poll()) != null) {
                chunk.add(e);
            }
            if (chunk.isEmpty()) {
                break;
            }
            count += chunk.size();
            List<EngineEvent> thinned = ProgressCoalescer.coalesce(chunk);
            for (EventSink sink : sinks) {
                sink.accept(thinned);
            }
        } while (nanoTime.getAsLong() < deadline);
        drained += count;
        ClockStatus clock = latestClock.getAndSet(null);
        for (EventSink sink : sinks) {
            sink.pulseEnded(clock);
        }
        return count;
    }
}
