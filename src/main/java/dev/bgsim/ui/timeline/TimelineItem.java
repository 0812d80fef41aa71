package dev.bgsim.ui.timeline;

/**
 * Something on a lane that covers the closed time range [{@link #start()}, {@link #end()}], in
 * simulated milliseconds since the session start. An item whose end is not known yet is
 * {@linkplain #isOpen() open} (live) and is drawn up to "now".
 *
 * <p>Items are created and changed only through {@link TimelineModel}, on the JavaFX thread.
 */
public abstract sealed class TimelineItem permits StateSpan, InstanceBar, Mark {
    /** The end of an item that has not ended yet. */
    public static final long OPEN = Long.MAX_VALUE;

    private final Lane lane;
    private final long start;
    private long end;
    /** Position in the lane's {@link IntervalIndex}; kept up to date by the index. */
    int slot = -1;

    TimelineItem(Lane lane, long start, long end) {
        if (end < start) {
            throw new IllegalArgumentException("an item cannot end (" + end + " ms) before it starts (" + start + " ms)");
        }
        this.lane = lane;
        this.start = start;
        this.end = end;
    }

    public Lane lane() {
        return lane;
    }

    public long start() {
        return start;
    }

    /** The end time, or {@link #OPEN} while the item is live. */
    public long end() {
        return end;
    }

    public boolean isOpen() {
        return end == OPEN;
    }

    /** The end to draw: the real end, or {@code now} (never before the start) while open. */
    public long endOr(long now) {
        return isOpen() ? Math.max(now, start) : end;
    }

    /** Sets the end; only the owning index may call this, so that it can update its max-end tree. */
    void setEnd(long end) {
        if (end < start) {
            throw new IllegalArgumentException(describe() + " cannot end at " + end + " ms, before its start at " + start + " ms");
        }
        this.end = end;
    }

    /** A short description for error messages. */
    abstract String describe();
}
