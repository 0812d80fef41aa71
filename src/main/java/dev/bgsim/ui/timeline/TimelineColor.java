package dev.bgsim.ui.timeline;

import java.util.Locale;

/**
 * Every colour the timeline draws with, each a styleable property of {@link TimelineView} named
 * {@code -tl-<name>-color}. The values are set in {@code timeline.css}, from AtlantaFX's looked-up
 * {@code -color-*} palette, so they follow the light and dark themes.
 */
public enum TimelineColor {
    BACKGROUND, LANE_ALT, LANE_BORDER, GRID,
    HEADER_BACKGROUND, HEADER_TEXT, HEADER_SUBTEXT,
    AXIS_BACKGROUND, AXIS_TEXT, AXIS_TICK, NOW,
    RUNNING, DEFERRED, SUSPENDED, CANCEL_REQUESTED, COMPLETED, CANCELED, FAILED, TERMINATED,
    BAR_TEXT, PROGRESS, DEFERRAL, FORCED, SELECTION, HOVER,
    TONE_QUIET, TONE_NEUTRAL, TONE_GOOD, TONE_WARNING, TONE_DANGER, TONE_OFF, SPAN_TEXT,
    MARK_TRIGGER, MARK_LATCH, MARK_CANCELLATION, MARK_TIME_LIMIT, MARK_GRACE, MARK_FINDING, MARK_TEXT;

    private final String cssProperty = "-tl-" + name().toLowerCase(Locale.ROOT).replace('_', '-') + "-color";

    /** The CSS property, for example {@code -tl-cancel-requested-color}. */
    public String cssProperty() {
        return cssProperty;
    }

    private static final TimelineColor[] BY_STATE = new TimelineColor[InstanceState.values().length];
    private static final TimelineColor[] BY_TONE = new TimelineColor[SpanTone.values().length];
    private static final TimelineColor[] BY_MARK = new TimelineColor[MarkKind.values().length];

    static {
        for (InstanceState state : InstanceState.values()) {
            BY_STATE[state.ordinal()] = valueOf(state.name());
        }
        for (SpanTone tone : SpanTone.values()) {
            BY_TONE[tone.ordinal()] = valueOf("TONE_" + tone.name());
        }
        for (MarkKind kind : MarkKind.values()) {
            BY_MARK[kind.ordinal()] = valueOf("MARK_" + kind.name());
        }
    }

    public static TimelineColor of(InstanceState state) {
        return BY_STATE[state.ordinal()];
    }

    public static TimelineColor of(SpanTone tone) {
        return BY_TONE[tone.ordinal()];
    }

    public static TimelineColor of(MarkKind kind) {
        return BY_MARK[kind.ordinal()];
    }
}
