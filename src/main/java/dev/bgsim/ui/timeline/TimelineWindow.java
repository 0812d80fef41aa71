package dev.bgsim.ui.timeline;

/**
 * The visible time window [start, start + duration], in simulated milliseconds, and the zoom and
 * pan arithmetic on it. Immutable; no JavaFX, so the interaction rules are tested without a stage.
 */
record TimelineWindow(double start, double duration) {
    /** The narrowest window: 10 ms across the whole width. */
    static final double MIN_DURATION = 10;
    /** The widest window: 60 days. */
    static final double MAX_DURATION = 60.0 * TimeTicks.DAY;
    /** Where "now" sits while following: this fraction of the width from the left. */
    static final double FOLLOW_POSITION = 0.9;
    /** The margin kept left of the session start while following, as a fraction of the width. */
    static final double START_MARGIN = 0.02;

    TimelineWindow {
        duration = clampDuration(duration);
    }

    double end() {
        return start + duration;
    }

    /** Scales the duration by {@code factor} (below 1 zooms in) keeping {@code anchor} at the same place on screen. */
    TimelineWindow zoomedAround(double anchor, double factor) {
        double newDuration = clampDuration(duration * factor);
        double newStart = anchor - (anchor - start) * (newDuration / duration);
        return new TimelineWindow(newStart, newDuration);
    }

    TimelineWindow pannedBy(double millis) {
        return new TimelineWindow(start + millis, duration);
    }

    /**
     * The same duration, placed so that {@code now} is at {@link #FOLLOW_POSITION}; early in a
     * session, while the history is shorter than that, the session start stays at the left edge
     * (with a small margin) rather than showing empty time before it.
     */
    TimelineWindow following(double now) {
        return new TimelineWindow(Math.max(now - duration * FOLLOW_POSITION, -duration * START_MARGIN), duration);
    }

    static double clampDuration(double duration) {
        if (Double.isNaN(duration)) {
            return MIN_DURATION;
        }
        return Math.max(MIN_DURATION, Math.min(MAX_DURATION, duration));
    }
}
