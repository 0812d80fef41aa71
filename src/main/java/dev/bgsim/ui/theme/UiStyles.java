package dev.bgsim.ui.theme;

/** Style-class names used by the views; their looks live in {@code bgsim.css}. */
public final class UiStyles {
    public static final String PANEL = "bg-panel";
    public static final String PANEL_TITLE = "bg-panel-title";
    public static final String PANEL_BODY = "bg-panel-body";
    public static final String FIELD_LABEL = "bg-field-label";
    public static final String FIELD_VALUE = "bg-field-value";
    public static final String MONO = "bg-mono";
    public static final String MUTED = "bg-muted";
    public static final String CLOCK = "bg-clock";
    public static final String CLOCK_REASON = "bg-clock-reason";
    public static final String STATUS_BAR = "bg-status-bar";
    public static final String STATUS_ERROR = "bg-status-error";
    public static final String STATUS_OK = "bg-status-ok";
    public static final String BADGE = "bg-badge";
    public static final String STATE_PREFIX = "bg-state-";
    public static final String EMPTY_HINT = "bg-empty-hint";
    public static final String SECTION = "bg-section";
    public static final String DROP_TARGET = "bg-drop-target";
    public static final String TOAST = "bg-toast";
    /** Prefix of a finding's severity icon: "bg-finding-error", "bg-finding-warning", "bg-finding-info". */
    public static final String FINDING_PREFIX = "bg-finding-";

    private UiStyles() {
    }

    /** The style class for an instance/registration/app state word: "bg-state-running". */
    public static String state(String state) {
        return STATE_PREFIX + state.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
