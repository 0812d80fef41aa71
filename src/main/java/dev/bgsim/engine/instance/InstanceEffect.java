package dev.bgsim.engine.instance;

/** What the controller does on a transition. */
public enum InstanceEffect {
    NONE,
    START_TIME_LIMIT,
    FINISH_COMPLETED,
    FINISH_CANCELED,
    REQUEST_CANCEL,
    FINISH_FAILED,
    FINISH_TERMINATED
}
