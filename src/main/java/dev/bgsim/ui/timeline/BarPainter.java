package dev.bgsim.ui.timeline;

import java.util.Arrays;
import java.util.function.ToLongFunction;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/**
 * Draws instance bars: one rectangle per state segment in the state's colour, progress as a
 * darker step area rising from the bottom, held deferrals as a band above the body, a cap in the
 * final state's colour once ended, a notch for forced fires, the label, and the selection and
 * hover outlines. Only the visible segments and samples are walked (binary search to the first).
 */
final class BarPainter {
    private static final double MIN_WIDTH = 2;
    private static final double CAP = 3;
    private static final double LABEL_PAD = 5;

    private final ToLongFunction<InstanceBar> barPainter = this::paintVisibleBar;
    private final double[] coveredTo = new double[Lane.MAX_ROWS];
    private Frame frame;
    private int laneIndex;
    private int rows;
    private boolean selectedPainted;

    void begin(Frame f) {
        frame = f;
    }

    void paintBars(int i) {
        laneIndex = i;
        frame.gc.setTextAlign(TextAlignment.LEFT);
        frame.gc.setTextBaseline(VPos.CENTER);
        frame.gc.setFont(frame.text.font());
        Lane lane = frame.layout.lane(i);
        rows = Math.max(1, lane.rowCount());
        Arrays.fill(coveredTo, Double.NEGATIVE_INFINITY);
        selectedPainted = false;
        lane.forEachVisibleBar(frame.t0, frame.t1, barPainter);
        InstanceBar selected = frame.selectedId == null ? null : frame.model.bar(frame.selectedId);
        if (!selectedPainted && selected != null && selected.lane() == lane
                && selected.start() <= frame.t1 && selected.endOr(frame.now) >= frame.t0) {
            paintBar(selected);
        }
    }

    /**
     * Paints a bar and returns the time up to which every row of the lane is covered: bars that
     * end before it would only paint over painted pixels, so the index skips them (zoomed out,
     * thousands of bars share a pixel).
     */
    private long paintVisibleBar(InstanceBar bar) {
        double xe = paintBar(bar);
        coveredTo[bar.row()] = Math.max(coveredTo[bar.row()], xe);
        double covered = coveredTo[0];
        for (int r = 1; r < rows; r++) {
            covered = Math.min(covered, coveredTo[r]);
        }
        return covered == Double.NEGATIVE_INFINITY ? Long.MIN_VALUE : (long) Math.floor(frame.scale.time(covered));
    }

    /** Paints a bar; returns the x it reaches. */
    private double paintBar(InstanceBar bar) {
        selectedPainted |= bar.id().equals(frame.selectedId);
        Frame f = frame;
        double rowTop = f.screenY(f.layout.rowTop(laneIndex, bar.row()));
        double y = f.metrics.barTop(rowTop);
        double h = f.metrics.barHeight();
        long end = bar.endOr(f.now);
        double xs = f.clampX(f.scale.x(bar.start()));
        double xe = Math.max(xs + MIN_WIDTH, f.clampX(f.scale.x(end)));
        if (xe - xs < 2 * CAP) {
            f.gc.setFill(f.paint(TimelineColor.of(bar.state())));
            f.gc.fillRect(xs, y, xe - xs, h);
        } else {
            paintSegments(bar, y, h);
            paintProgress(bar, y, h, end);
            paintEndCap(bar, xe, y, h);
            paintForcedNotch(bar, xs, y, h);
            paintLabel(bar, xs, xe, y, h);
        }
        paintDeferrals(bar, f.metrics.deferralTop(rowTop));
        paintOutline(bar, xs, xe, y, h);
        f.drew(bar, xs, y, xe - xs, h);
        return xe;
    }

    private void paintSegments(InstanceBar bar, double y, double h) {
        Frame f = frame;
        GraphicsContext gc = f.gc;
        for (int i = bar.segmentIndexAt(f.t0); i < bar.segmentCount() && bar.segmentStart(i) <= f.t1; i++) {
            long s = bar.segmentStart(i);
            long e = bar.segmentEnd(i, f.now);
            if (e <= s && i > 0) {
                continue;
            }
            double x0 = f.clampX(f.scale.x(s));
            double x1 = f.clampX(f.scale.x(e));
            gc.setFill(f.paint(TimelineColor.of(bar.segmentState(i))));
            gc.fillRect(x0, y, Math.max(1, x1 - x0), h);
        }
    }

    private void paintProgress(InstanceBar bar, double y, double h, long end) {
        int count = bar.progressCount();
        if (count == 0) {
            return;
        }
        Frame f = frame;
        f.gc.setFill(f.paint(TimelineColor.PROGRESS));
        for (int i = Math.max(0, bar.progressIndexAt(f.t0)); i < count && bar.progressTime(i) <= f.t1; i++) {
            double x0 = f.scale.x(bar.progressTime(i));
            while (i + 1 < count && f.scale.x(bar.progressTime(i + 1)) < x0 + 1) {
                i++;
            }
            long next = i + 1 < count ? bar.progressTime(i + 1) : end;
            double x1 = f.clampX(f.scale.x(next));
            double fill = h * bar.progressPercent(i) / 100.0;
            x0 = f.clampX(x0);
            f.gc.fillRect(x0, y + h - fill, Math.max(0, x1 - x0), fill);
        }
    }

    private void paintEndCap(InstanceBar bar, double xe, double y, double h) {
        if (!bar.isOpen() && xe <= frame.scale.right() + CAP) {
            frame.gc.setFill(frame.paint(TimelineColor.of(bar.state())));
            frame.gc.fillRect(xe - CAP, y, CAP, h);
        }
    }

    private void paintForcedNotch(InstanceBar bar, double xs, double y, double h) {
        if (bar.isForced() && xs >= frame.scale.left() - 1) {
            double s = Math.min(h * 0.6, 8);
            frame.gc.setFill(frame.paint(TimelineColor.FORCED));
            frame.gc.fillPolygon(new double[] {xs, xs + s, xs}, new double[] {y, y, y + s}, 3);
        }
    }

    private void paintLabel(InstanceBar bar, double xs, double xe, double y, double h) {
        Frame f = frame;
        double lx = Math.max(xs, f.scale.left()) + LABEL_PAD + (bar.isForced() ? 3 : 0);
        double room = Math.min(xe, f.scale.right()) - lx - LABEL_PAD - CAP;
        if (room < 16) {
            return;
        }
        int progress = bar.latestProgress();
        String withProgress = progress >= 0 ? bar.label() + "  " + progress + "%" : bar.label();
        String fitted = f.text.width(withProgress) <= room ? withProgress : f.text.fit(bar.label(), room);
        if (!fitted.isEmpty()) {
            f.gc.setFill(f.paint(TimelineColor.BAR_TEXT));
            f.gc.fillText(fitted, lx, y + h / 2);
        }
    }

    private void paintDeferrals(InstanceBar bar, double top) {
        Frame f = frame;
        for (DeferralSpan deferral : bar.deferrals()) {
            long end = deferral.isOpen() ? bar.endOr(f.now) : deferral.end();
            if (deferral.start() > f.t1 || end < f.t0) {
                continue;
            }
            double x0 = f.clampX(f.scale.x(deferral.start()));
            double x1 = f.clampX(f.scale.x(end));
            f.gc.setFill(f.paint(TimelineColor.DEFERRAL));
            f.gc.fillRect(x0, top, Math.max(MIN_WIDTH, x1 - x0), TimelineMetrics.DEFERRAL_BAND);
        }
    }

    private void paintOutline(InstanceBar bar, double xs, double xe, double y, double h) {
        Frame f = frame;
        boolean selected = bar.id().equals(f.selectedId);
        if (!selected && f.hovered != bar) {
            return;
        }
        f.gc.setStroke(f.paint(selected ? TimelineColor.SELECTION : TimelineColor.HOVER));
        f.gc.setLineWidth(selected ? 2 : 1);
        double inset = selected ? 1 : 0.5;
        f.gc.strokeRect(xs - inset, y - inset, xe - xs + 2 * inset, h + 2 * inset);
    }
}
