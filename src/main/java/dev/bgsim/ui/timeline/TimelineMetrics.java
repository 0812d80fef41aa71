package dev.bgsim.ui.timeline;

/**
 * Sizes of the timeline's parts in pixels, scaled with the font size that the stylesheet sets, so
 * that a larger font (or a user's scaling) grows the lanes with the text.
 */
record TimelineMetrics(double fontSize, double axisHeight, double headerWidth, double spanLaneHeight,
                       double markStripHeight, double rowHeight, double groupGap) {
    /** Height of the deferral band above a bar's body. */
    static final double DEFERRAL_BAND = 3;

    static TimelineMetrics forFontSize(double size) {
        double f = Math.max(8, size);
        return new TimelineMetrics(f, Math.round(f * 2.3), Math.round(f * 17), Math.round(f * 2.1),
                Math.round(f * 1.5), Math.round(f * 2.2), Math.round(f * 0.5));
    }

    /** Top of the deferral band of a bar row whose top is {@code rowTop}. */
    double deferralTop(double rowTop) {
        return rowTop + 2;
    }

    /** Top of a bar's body in a row whose top is {@code rowTop}. */
    double barTop(double rowTop) {
        return rowTop + 3 + DEFERRAL_BAND;
    }

    double barHeight() {
        return rowHeight - 5 - DEFERRAL_BAND;
    }
}
