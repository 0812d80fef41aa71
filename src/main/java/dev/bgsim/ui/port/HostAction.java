package dev.bgsim.ui.port;

/** What the user can do to a task host process (SPEC 3.8). */
public enum HostAction {
    SUSPEND, RESUME, KILL
}
