package dev.bgsim.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LaneLayoutTest {
    private final TimelineMetrics metrics = TimelineMetrics.forFontSize(12);

    @Test
    void lanesStackWithAGapBetweenKindGroupsAndBarLanesGrowWithTheirRows() {
        TimelineModel model = new TimelineModel();
        model.addLane("app", LaneKind.APP_STATE, "App", 0);
        model.addLane("power", LaneKind.DEVICE_POWER, "Power", 0);
        model.addLane("reg", LaneKind.REGISTRATION, "Task", 0);
        model.startBar("reg", "a", "a", 0, InstanceState.RUNNING, false);
        model.startBar("reg", "b", "b", 5, InstanceState.RUNNING, false);
        LaneLayout layout = new LaneLayout(model.lanes(), metrics);

        assertEquals(0, layout.top(0));
        assertEquals(metrics.spanLaneHeight() + metrics.groupGap(), layout.top(1));
        assertTrue(layout.startsGroup(1) && layout.startsGroup(2));
        double barLane = metrics.markStripHeight() + 2 * metrics.rowHeight() + 4;
        assertEquals(barLane, layout.height(2));
        assertEquals(layout.top(2) + barLane, layout.contentHeight());
    }

    @Test
    void aHeightFindsItsLaneAndRowAndAGapFindsNothing() {
        TimelineModel model = new TimelineModel();
        model.addLane("app", LaneKind.APP_STATE, "App", 0);
        model.addLane("reg", LaneKind.REGISTRATION, "Task", 0);
        LaneLayout layout = new LaneLayout(model.lanes(), metrics);
        assertEquals(0, layout.indexAt(1));
        assertEquals(-1, layout.indexAt(metrics.spanLaneHeight() + 1));
        double rowY = layout.rowTop(1, 0) + 2;
        assertEquals(1, layout.indexAt(rowY));
        assertEquals(0, layout.rowAt(1, rowY));
        assertEquals(-1, layout.rowAt(1, layout.top(1) + 1));
        assertEquals(-1, layout.indexAt(layout.contentHeight() + 1));
        assertEquals(1, layout.firstVisible(metrics.spanLaneHeight() + 1));
    }
}
