package dev.bgsim.engine.time;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** A ticker moved by hand, for tests. Thread-safe. */
public final class ManualTicker implements Ticker {
    private final AtomicLong nanos = new AtomicLong();

    @Override
    public long nanoTime() {
        return nanos.get();
    }

    /** Moves real time forward by {@code d}. */
    public void advance(Duration d) {
        nanos.addAndGet(d.toNanos());
    }
}
