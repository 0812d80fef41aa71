package dev.bgsim.ui.timeline;

/** Instants the timeline marks with a glyph (or, for deadlines, a dashed line). */
public enum MarkKind {
    TRIGGER(false),
    LATCH(false),
    CANCELLATION(false),
    TIME_LIMIT(true),
    GRACE(true),
    FINDING(false);

    private final boolean deadline;

    MarkKind(boolean deadline) {
        this.deadline = deadline;
    }

    /** Whether the mark is a deadline, drawn as a dashed line across its lane. */
    public boolean isDeadline() {
        return deadline;
    }
}
