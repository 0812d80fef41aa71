package dev.bgsim.ui.timeline;

/** An instant on a lane: a trigger, a latch, a cancellation, a deadline, a checker finding. */
public final class Mark extends TimelineItem {
    private final MarkKind kind;
    private final String text;
    private final String instanceId;

    Mark(Lane lane, MarkKind kind, long time, String text, String instanceId) {
        super(lane, time, time);
        this.kind = kind;
        this.text = text == null ? "" : text;
        this.instanceId = instanceId;
    }

    public MarkKind kind() {
        return kind;
    }

    public long time() {
        return start();
    }

    /** The label: the trigger name, the cancellation reason, the finding's rule id. */
    public String text() {
        return text;
    }

    /** The instance the mark concerns, or {@code null}. */
    public String instanceId() {
        return instanceId;
    }

    @Override
    String describe() {
        return kind + " mark at " + start() + " ms";
    }

    @Override
    public String toString() {
        return "Mark[" + lane().id() + " " + kind + " " + start() + " " + text + "]";
    }
}
