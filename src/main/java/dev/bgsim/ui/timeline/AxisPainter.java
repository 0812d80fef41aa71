package dev.bgsim.ui.timeline;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/**
 * Draws the time axis along the top (major ticks with clock labels, minor ticks), the grid lines
 * under the lanes, and the now line. The tick step adapts to the zoom so that labels never
 * collide: it is chosen from the width of an actual label at that step.
 */
final class AxisPainter {
    private static final double MIN_TICK_SPACING = 64;
    private static final double LABEL_GAP = 18;

    private TimeTicks.Step step;

    /** Chooses the step for this frame. */
    void begin(Frame f) {
        double msPerPx = f.scale.msPerPixel();
        TimeTicks.Step guess = TimeTicks.stepFor(msPerPx, MIN_TICK_SPACING);
        double labelWidth = f.text.width(f.format.tickLabel(f.t1, guess.millis())) + LABEL_GAP;
        step = labelWidth > guess.millis() / msPerPx ? TimeTicks.stepFor(msPerPx, labelWidth) : guess;
        double finerWidth = f.text.width(f.format.tickLabel(f.t1, step.millis())) + LABEL_GAP;
        if (finerWidth > step.millis() / msPerPx) {
            step = TimeTicks.stepFor(msPerPx, finerWidth);
        }
    }

    TimeTicks.Step step() {
        return step;
    }

    /** Vertical grid lines at the major ticks, over the lanes area. */
    void paintGrid(Frame f) {
        f.gc.setFill(f.paint(TimelineColor.GRID));
        for (long t = firstTick(f, step.millis()); t <= f.t1; t += step.millis()) {
            f.verticalLine(Frame.crisp(f.scale.x(t)), f.lanesTop(), f.height, 1);
        }
    }

    /** The axis band: background, ticks, labels, and the now marker. */
    void paintAxis(Frame f) {
        GraphicsContext gc = f.gc;
        double h = f.metrics.axisHeight();
        gc.setFill(f.paint(TimelineColor.AXIS_BACKGROUND));
        gc.fillRect(f.lanesLeft(), 0, f.width - f.lanesLeft(), h);
        // Unclipped (see TimelinePainter): ticks and labels stay inside the band, and what the now
        // marker spills to the left is under the corner painted last.
        paintTicks(f, h);
        paintLabels(f, h);
        paintNowMarker(f, h);
        gc.setFill(f.paint(TimelineColor.LANE_BORDER));
        f.horizontalLine(f.lanesLeft(), f.width, Frame.crisp(h - 1), 1);
    }

    /** The now line across the lanes. */
    void paintNowLine(Frame f) {
        double x = f.scale.x(f.now);
        if (x < f.scale.left() || x > f.scale.right()) {
            return;
        }
        f.gc.setFill(f.paint(TimelineColor.NOW));
        f.verticalLine(x, f.lanesTop(), f.height, 1.5);
    }

    private void paintTicks(Frame f, double h) {
        f.gc.setFill(f.paint(TimelineColor.AXIS_TICK));
        long minor = step.minorMillis();
        if (minor < step.millis() && minor / f.scale.msPerPixel() >= 6) {
            for (long t = firstTick(f, minor); t <= f.t1; t += minor) {
                f.verticalLine(Frame.crisp(f.scale.x(t)), h - 4, h, 1);
            }
        }
        for (long t = firstTick(f, step.millis()); t <= f.t1; t += step.millis()) {
            f.verticalLine(Frame.crisp(f.scale.x(t)), h - 9, h, 1);
        }
    }

    private void paintLabels(Frame f, double h) {
        GraphicsContext gc = f.gc;
        gc.setFont(f.text.font());
        gc.setFill(f.paint(TimelineColor.AXIS_TEXT));
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        for (long t = firstTick(f, step.millis()); t <= f.t1; t += step.millis()) {
            String label = f.format.tickLabel(t, step.millis());
            double x = f.scale.x(t) + 4;
            if (x + f.text.width(label) <= f.scale.right()) {
                gc.fillText(label, x, (h - 6) / 2);
            }
        }
    }

    private void paintNowMarker(Frame f, double h) {
        double x = f.scale.x(f.now);
        if (x < f.scale.left() - 6 || x > f.scale.right() + 6) {
            return;
        }
        double s = Math.round(f.metrics.fontSize() * 0.45);
        f.gc.setFill(f.paint(TimelineColor.NOW));
        f.gc.fillPolygon(new double[] {x - s, x + s, x}, new double[] {h - s - 1, h - s - 1, h}, 3);
    }

    private static long firstTick(Frame f, long stepMillis) {
        return TimeTicks.firstTickAtOrAfter(f.t0, stepMillis, f.format.clockOffset());
    }
}
