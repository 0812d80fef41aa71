package dev.bgsim.scenario.expect;

/**
 * The lifecycle states of a task instance that a scenario can expect (semantics reference 6.4).
 * Suspension and deferrals are not states here: they are seen through {@code suspendedCount}
 * and events.
 */
public enum InstanceState {
    /** {@code run()} has been called and the instance has not finished. */
    RUNNING,
    /** Cancellation was requested; the grace period runs. */
    CANCEL_REQUESTED,
    /** {@code run()} returned and every deferral was completed, without cancellation. */
    COMPLETED,
    /** Cancelled, and finished within the grace period. */
    CANCELED,
    /** {@code run()} or a task thread threw. */
    FAILED,
    /** Killed: grace period over, host crashed or killed, low memory, memory quota. */
    TERMINATED
}
