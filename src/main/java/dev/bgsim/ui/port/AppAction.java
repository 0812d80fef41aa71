package dev.bgsim.ui.port;

/** The user's app lifecycle actions (SPEC 3.9), in the order the app panel shows them. */
public enum AppAction {
    LAUNCH("Launch", "Launch the app in the foreground (onLaunched)"),
    MINIMISE("Minimise", "Send the app to the background"),
    RESTORE("Restore", "Bring the app back to the foreground"),
    SUSPEND("Suspend", "Suspend the app as the user forces it (onSuspending, 5 s deadline)"),
    RESUME("Resume", "Resume the suspended app (onResuming)"),
    TERMINATE("Terminate", "Kill the app's process"),
    SUSPEND_AND_TERMINATE("Suspend & terminate", "Suspend the app, then terminate it, as Windows does under memory pressure"),
    UPDATE("Update", "Update the app: read its package files again; needs changed files or a higher version"),
    UNINSTALL("Uninstall", "Uninstall: tasks cancelled with UNINSTALL, registrations and settings removed");

    private final String label;
    private final String description;

    AppAction(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** The button text. */
    public String label() {
        return label;
    }

    /** The button's tooltip. */
    public String description() {
        return description;
    }
}
