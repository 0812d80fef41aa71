package dev.bgsim.ui.timeline;

/** A deferral an instance held, from the moment it was taken until it was completed (or open). */
public final class DeferralSpan {
    private final String id;
    private final long start;
    private long end = TimelineItem.OPEN;

    DeferralSpan(String id, long start) {
        this.id = id;
        this.start = start;
    }

    public String id() {
        return id;
    }

    public long start() {
        return start;
    }

    /** The time the deferral was completed, or {@link TimelineItem#OPEN}. */
    public long end() {
        return end;
    }

    public boolean isOpen() {
        return end == TimelineItem.OPEN;
    }

    void close(long time) {
        end = Math.max(time, start);
    }
}
