package dev.bgsim.engine.app;

/**
 * What can happen to an app. The user actions of SPEC 3.9 (LAUNCH ... LOGOFF) plus what the
 * system does itself: start the app in the background for an in-process task, finish or time
 * out a suspension, suspend a minimised app, and kill the process when app or in-process task
 * code crashes or outlives its grace period.
 */
public enum AppAction {
    LAUNCH,
    MINIMISE,
    RESTORE,
    /** User-forced suspend: suspends even while in-process tasks run (they freeze). */
    SUSPEND,
    /**
     * The system suspends an app that stayed in the background for the profile's
     * backgroundSuspendDelay ({@link BackgroundSuspender}); refused while an in-process task runs (SPEC 3.9).
     */
    SYSTEM_SUSPEND,
    RESUME,
    TERMINATE,
    SUSPEND_AND_TERMINATE,
    UPDATE,
    UNINSTALL,
    LOGOFF,
    /** An in-process task must run. */
    BACKGROUND_ACTIVATION,
    /** onSuspending returned and its deferral (if any) completed. */
    SUSPEND_DONE,
    /** The 5 s suspension deadline passed with the deferral outstanding. */
    SUSPEND_DEADLINE,
    /** App code threw, or an in-process task failed or outlived its grace period. */
    CRASH
}
