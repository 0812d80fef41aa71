package dev.bgsim.engine.time;

import java.time.Instant;
import java.util.Objects;

/**
 * One labelled entry of the {@link Schedule}: something due at a simulated instant ("time limit,
 * instance 3 of SampleBackgroundTask"). Entries at the same instant fire in insertion order.
 *
 * <p>Created and fired on the engine thread only.
 */
public final class ScheduleEntry {
    private final Instant due;
    private final long sequence;
    private final EntryKind kind;
    private final String label;
    private final Runnable action;
    private boolean cancelled;
    private boolean fired;

    ScheduleEntry(Instant due, long sequence, EntryKind kind, String label, Runnable action) {
        this.due = Objects.requireNonNull(due);
        this.sequence = sequence;
        this.kind = Objects.requireNonNull(kind);
        this.label = Objects.requireNonNull(label);
        this.action = Objects.requireNonNull(action);
    }

    public Instant due() {
        return due;
    }

    public long sequence() {
        return sequence;
    }

    public EntryKind kind() {
        return kind;
    }

    public String label() {
        return label;
    }

    /** Engine thread only. Cancels the entry; a cancelled entry never fires. Idempotent. */
    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** True once it fired: a fired timer is no longer pending work (a periodic one re-arms as a new entry). */
    public boolean hasFired() {
        return fired;
    }

    void fire() {
        fired = true;
        action.run();
    }

    /** An immutable description for read models. */
    public ScheduledItem describe() {
        return new ScheduledItem(due, kind, label);
    }

    @Override
    public String toString() {
        return due + " " + label;
    }
}
