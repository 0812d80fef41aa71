package dev.bgsim.engine.app;

/**
 * App states (SPEC 3.9; semantics reference 10.1). SUSPENDING is the stretch between
 * {@code onSuspending} and the suspension taking effect (its deferral completed, or the 5 s
 * deadline passed).
 */
public enum AppState {
    NOT_RUNNING,
    RUNNING,
    RUNNING_IN_BACKGROUND,
    SUSPENDING,
    SUSPENDED,
    TERMINATED;

    /** Whether an app process exists in this state. */
    public boolean hasProcess() {
        return this == RUNNING || this == RUNNING_IN_BACKGROUND || this == SUSPENDING || this == SUSPENDED;
    }
}
