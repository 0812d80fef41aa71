package dev.bgsim.engine.app;

/** One step the app controller takes for a row of {@link AppLifecycle}, in row order. */
public enum AppEffect {
    /** A new app process: App object created in the package's class loader, then onCreated. */
    CREATE_PROCESS,
    ON_LAUNCHED,
    ON_ENTERED_BACKGROUND,
    ON_LEAVING_BACKGROUND,
    /** onSuspending with a deferral; the 5 s deadline is scheduled. */
    ON_SUSPENDING,
    /** Remember to terminate once the suspension takes effect ("suspend and terminate"). */
    MARK_TERMINATE_AFTER,
    /** Freeze the app and its in-process instances; deliveries are queued from now on. */
    FREEZE,
    TERMINATE_IF_MARKED,
    /** Thaw the app and its in-process instances (their time limits go on). */
    THAW,
    ON_RESUMING,
    /** Deliver progress and completions that happened while suspended. */
    DELIVER_QUEUED,
    /** The process dies: its in-process instances are terminated with it. */
    KILL,
    /** The process closes for servicing: no more app callbacks; in-process instances run out their cancellation. */
    RETIRE
}
