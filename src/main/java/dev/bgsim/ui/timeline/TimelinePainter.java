package dev.bgsim.ui.timeline;

import javafx.scene.canvas.GraphicsContext;

/**
 * Paints one frame of the timeline, back to front: background, lane bands, grid, spans, bars,
 * marks, now line, then the lane headers and the axis on top. Only lanes on screen are visited,
 * and within them only the items in the visible window, through the lanes' time indexes.
 */
final class TimelinePainter {
    private final AxisPainter axis = new AxisPainter();
    private final LanePainter lanes = new LanePainter();
    private final BarPainter bars = new BarPainter();
    private final MarkPainter marks = new MarkPainter();

    void paint(Frame f) {
        GraphicsContext gc = f.gc;
        gc.clearRect(0, 0, f.width, f.height);
        gc.setFill(f.paint(TimelineColor.BACKGROUND));
        gc.fillRect(0, 0, f.width, f.height);
        if (f.width <= f.lanesLeft() || f.height <= f.lanesTop()) {
            return;
        }
        axis.begin(f);
        lanes.begin(f);
        bars.begin(f);
        marks.begin(f);
        int first = f.firstVisibleLane();
        // No clip: a canvas clip sends every later shape through an off-screen mask, which in
        // software rendering cost more than all the shapes. What spills out of the lanes area is
        // painted over by the header column and the axis band, which come after.
        for (int i = first; !f.laneBelowScreen(i); i++) {
            lanes.paintBackground(i);
        }
        axis.paintGrid(f);
        for (int i = first; !f.laneBelowScreen(i); i++) {
            lanes.paintSpans(i);
            bars.paintBars(i);
            marks.paintMarks(i);
        }
        axis.paintNowLine(f);
        lanes.paintHeaders(first);
        axis.paintAxis(f);
        gc.setFill(f.paint(TimelineColor.HEADER_BACKGROUND));
        gc.fillRect(0, 0, f.lanesLeft(), f.lanesTop());
        gc.setFill(f.paint(TimelineColor.LANE_BORDER));
        f.horizontalLine(0, f.lanesLeft(), Frame.crisp(f.lanesTop() - 1), 1);
        f.verticalLine(Frame.crisp(f.lanesLeft() - 1), 0, f.lanesTop(), 1);
    }
}
