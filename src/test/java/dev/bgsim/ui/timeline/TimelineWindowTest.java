package dev.bgsim.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TimelineWindowTest {
    @Test
    void zoomingKeepsTheAnchorWhereItWasOnScreen() {
        TimelineWindow window = new TimelineWindow(1_000, 10_000);
        TimelineWindow zoomed = window.zoomedAround(4_000, 0.5);
        assertEquals(5_000, zoomed.duration());
        assertEquals((4_000 - 1_000) / 10_000.0, (4_000 - zoomed.start()) / zoomed.duration(), 1e-9);
    }

    @Test
    void theDurationStaysBetweenTenMillisecondsAndSixtyDays() {
        TimelineWindow window = new TimelineWindow(0, 100);
        assertEquals(TimelineWindow.MIN_DURATION, window.zoomedAround(50, 0.001).duration());
        assertEquals(TimelineWindow.MAX_DURATION, window.zoomedAround(50, 1e12).duration());
        assertEquals(TimelineWindow.MIN_DURATION, new TimelineWindow(0, Double.NaN).duration());
    }

    @Test
    void panningMovesAndFollowingPutsNowNearTheRightEdge() {
        TimelineWindow window = new TimelineWindow(0, 10_000);
        assertEquals(2_500, window.pannedBy(2_500).start());
        TimelineWindow following = window.following(50_000);
        assertEquals(50_000, following.start() + following.duration() * TimelineWindow.FOLLOW_POSITION, 1e-9);
    }

    @Test
    void earlyInASessionFollowingKeepsTheStartAtTheLeftEdge() {
        TimelineWindow following = new TimelineWindow(0, 60_000).following(5_000);
        assertEquals(-60_000 * TimelineWindow.START_MARGIN, following.start(), 1e-9);
        assertEquals(60_000, following.duration());
    }
}
