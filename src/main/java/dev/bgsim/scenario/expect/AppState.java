package dev.bgsim.scenario.expect;

/** The app lifecycle states of SPEC 3.9. */
public enum AppState {
    NOT_RUNNING,
    /** In the foreground. */
    RUNNING,
    RUNNING_IN_BACKGROUND,
    SUSPENDED,
    TERMINATED
}
