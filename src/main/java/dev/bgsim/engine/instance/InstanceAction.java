package dev.bgsim.engine.instance;

/** What can happen to a task instance. */
public enum InstanceAction {
    RUN_STARTED,
    /** run() returned and no deferral is outstanding. */
    RUN_RETURNED_DONE,
    /** run() returned with deferrals outstanding. */
    RUN_RETURNED_DEFERRED,
    /** The last outstanding deferral was completed after run() returned. */
    DEFERRALS_DONE,
    CANCEL,
    GRACE_EXPIRED,
    FAIL,
    TERMINATE
}
