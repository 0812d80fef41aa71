package dev.bgsim.engine.instance;

/** States of a task instance; see {@link InstanceLifecycle} for the table. */
public enum InstanceState {
    /** Created; run() waits for the baton. */
    STARTING,
    /** run() is executing. */
    RUNNING,
    /** run() returned with deferrals outstanding. */
    RUN_RETURNED_DEFERRED,
    /** Canceled listeners raised; grace period running. */
    CANCEL_REQUESTED,
    COMPLETED,
    CANCELED,
    FAILED,
    TERMINATED;

    public boolean isTerminal() {
        return this == COMPLETED || this == CANCELED || this == FAILED || this == TERMINATED;
    }
}
