package dev.bgsim.ui.port;

/** The user's app lifecycle actions (SPEC 3.9), in the order the app panel shows them. */
public enum AppAction {
    LAUNCH("Launch"),
    MINIMISE("Minimise"),
    RESTORE("Restore"),
    SUSPEND("Suspend"),
    RESUME("Resume"),
    TERMINATE("Terminate"),
    UPDATE("Update"),
    UNINSTALL("Uninstall");

    private final String label;

    AppAction(String label) {
        this.label = label;
    }

    /** The button text. */
    public String label() {
        return label;
    }
}
