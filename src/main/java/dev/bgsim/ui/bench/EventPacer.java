package dev.bgsim.ui.bench;

import dev.bgsim.engine.Command;
import dev.bgsim.engine.Engine;
import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.Subscription;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Makes the engine emit events at a steady rate: counts what it emits (its own subscription) and
 * fires registrations round-robin whenever the count falls behind {@code rate} times the elapsed
 * time. A closed loop, so the rate holds whatever one fire happens to emit.
 */
final class EventPacer implements AutoCloseable {
    private static final long TICK_NANOS = 1_000_000;
    /** Fires in flight at most, so a slow engine is not buried under a queue of commands. */
    private static final int MAX_IN_FLIGHT = 16;

    private final Engine engine;
    private final String packageName;
    private final List<String> registrations;
    private final AtomicLong emitted = new AtomicLong();
    private final AtomicLong inFlight = new AtomicLong();
    private final Subscription counting;
    private volatile boolean running;
    private Thread thread;

    EventPacer(Engine engine, String packageName, List<String> registrations) {
        this.engine = engine;
        this.packageName = packageName;
        this.registrations = List.copyOf(registrations);
        this.counting = engine.subscribe(this::count, false);
    }

    private void count(List<EngineEvent> batch) {
        emitted.addAndGet(batch.size());
    }

    /** Events the engine emitted since this pacer subscribed. */
    long emitted() {
        return emitted.get();
    }

    /** Starts firing so that the engine emits {@code eventsPerSecond} from now on. */
    void start(double eventsPerSecond) {
        running = true;
        thread = new Thread(() -> pace(eventsPerSecond), "bgsim-bench-pacer");
        thread.setDaemon(true);
        thread.start();
    }

    private void pace(double eventsPerSecond) {
        long startNanos = System.nanoTime();
        long startCount = emitted.get();
        int next = 0;
        while (running) {
            double due = (System.nanoTime() - startNanos) / 1e9 * eventsPerSecond;
            if (emitted.get() - startCount < due && inFlight.get() < MAX_IN_FLIGHT) {
                inFlight.incrementAndGet();
                String name = registrations.get(next++ % registrations.size());
                engine.submit(new Command.FireByName(packageName, name, false, null))
                        .whenComplete((r, t) -> inFlight.decrementAndGet());
            } else {
                LockSupport.parkNanos(TICK_NANOS);
            }
        }
    }

    /** Stops firing (what is in flight still runs). */
    void stop() throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.join(5_000);
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
        counting.close();
    }
}
