package dev.bgsim.ui.timeline;

/** The state of a task instance as the timeline colours it (SPEC section 5). */
public enum InstanceState {
    RUNNING,
    DEFERRED,
    SUSPENDED,
    CANCEL_REQUESTED,
    COMPLETED,
    CANCELED,
    FAILED,
    TERMINATED;

    /** Whether the instance has ended in this state. */
    public boolean isFinal() {
        return ordinal() >= COMPLETED.ordinal();
    }
}
