package dev.bgsim.engine.broker;

/** Who signalled an app trigger: only the foreground app (or the user acting as it) may. */
public enum RequestCaller {
    FOREGROUND_APP,
    BACKGROUND_APP,
    TASK,
    /** A user or scenario "request": signals as the foreground app would. */
    USER,
    /** A thread bgsim cannot attribute to an app or a task. */
    UNKNOWN;

    public boolean foreground() {
        return this == FOREGROUND_APP || this == USER;
    }
}
