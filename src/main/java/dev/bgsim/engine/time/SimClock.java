package dev.bgsim.engine.time;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The simulated clock: an instant that only moves forward, moved by the engine loop.
 *
 * <p>Engine thread writes; {@link #now()} may be read from any thread (volatile), which is how
 * {@code TaskClock.now()} answers without a round trip.
 */
public final class SimClock {
    private volatile Instant now;
    private final Instant start;

    public SimClock(Instant start) {
        this.start = Objects.requireNonNull(start);
        this.now = start;
    }

    public Instant now() {
        return now;
    }

    public Instant start() {
        return start;
    }

    /** Simulated time elapsed since the start. */
    public Duration elapsed() {
        return Duration.between(start, now);
    }

    /** Engine thread only. Moves the clock to {@code t}; never backwards. */
    public void advanceTo(Instant t) {
        if (t.isAfter(now)) {
            now = t;
        }
    }
}
