package dev.bgsim.ui.timeline;

/** Style-class names and the stylesheet of the timeline; the colours themselves are in {@code timeline.css}. */
public final class TimelineStyles {
    /** The control. */
    public static final String TIMELINE = "timeline";
    /** The one canvas everything is drawn on. */
    public static final String CANVAS = "timeline-canvas";
    /** The toggle in the top-left corner that turns follow-now on and off. */
    public static final String FOLLOW_BUTTON = "timeline-follow-button";
    /** The vertical scroll bar shown when the lanes do not fit. */
    public static final String SCROLL_BAR = "timeline-scroll-bar";
    /** The hover tooltip. */
    public static final String TOOLTIP = "timeline-tooltip";
    /** The stylesheet, next to this class. */
    public static final String STYLESHEET = "timeline.css";

    private TimelineStyles() {
    }

    /** The stylesheet's URL, for {@code getUserAgentStylesheet()} or a scene's stylesheets. */
    public static String stylesheetUrl() {
        return TimelineStyles.class.getResource(STYLESHEET).toExternalForm();
    }
}
