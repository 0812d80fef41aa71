package dev.bgsim.engine.time;

/**
 * The real (wall) clock as the engine sees it: a monotonic nanosecond counter. Injected so that
 * tests never depend on real timing (see {@link ManualTicker}).
 */
public interface Ticker {
    /** Monotonic nanoseconds, like {@link System#nanoTime()}. */
    long nanoTime();

    /** The system ticker. */
    static Ticker system() {
        return System::nanoTime;
    }
}
