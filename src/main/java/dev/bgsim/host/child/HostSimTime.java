package dev.bgsim.host.child;

import java.time.Instant;

/**
 * The simulated clock as the host sees it: the last value bgsim sent (with CLOCK, START_INSTANCE,
 * WAKE or TIMER_FIRE) moved on by real time times the rate bgsim gave, so {@code TaskClock.now()}
 * needs no round trip. Written by the reader thread, read by task threads.
 */
final class HostSimTime {
    private record Base(long simNanos, long realNanos, double rate) {
    }

    private volatile Base base = new Base(0, System.nanoTime(), 0);

    /** Sets the clock to {@code simNanos} (epoch nanoseconds) moving at {@code rate} from now on. */
    void set(long simNanos, double rate) {
        base = new Base(simNanos, System.nanoTime(), rate);
    }

    /** Sets the clock to {@code simNanos}, keeping the rate. */
    void set(long simNanos) {
        set(simNanos, base.rate);
    }

    /** The current simulated time in epoch nanoseconds; never earlier than what bgsim last sent. */
    long nowNanos() {
        Base b = base;
        if (b.rate == 0) {
            return b.simNanos;
        }
        return b.simNanos + (long) ((System.nanoTime() - b.realNanos) * b.rate);
    }

    Instant now() {
        return Instant.ofEpochSecond(0, nowNanos());
    }
}
