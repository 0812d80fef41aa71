package dev.bgsim.ui.timeline;

/**
 * Finds the item under a point of the last painted frame: a mark near the point first (they are
 * small), then a bar in the row under it, then the state span. Uses the lanes' time indexes with a
 * few pixels of tolerance, so it costs the same on a long history as on a short one.
 */
final class HitTester {
    private static final double TOLERANCE_PX = 4;

    private final Frame f;
    private TimelineItem best;
    private double bestDistance;

    HitTester(Frame frame) {
        this.f = frame;
    }

    /** The lane under screen point ({@code x}, {@code y}), or {@code null}. */
    Lane laneAt(double x, double y) {
        int i = laneIndexAt(x, y);
        return i < 0 ? null : f.layout.lane(i);
    }

    /** The item under screen point ({@code x}, {@code y}), or {@code null}. */
    TimelineItem itemAt(double x, double y) {
        int i = laneIndexAt(x, y);
        if (i < 0) {
            return null;
        }
        double contentY = y - f.lanesTop() + f.scrollY;
        Lane lane = f.layout.lane(i);
        TimelineItem mark = markAt(lane, i, x, y);
        if (mark != null) {
            return mark;
        }
        int row = f.layout.rowAt(i, contentY);
        if (row >= 0) {
            TimelineItem bar = barAt(lane, row, x);
            if (bar != null) {
                return bar;
            }
        }
        return spanAt(lane, x);
    }

    private int laneIndexAt(double x, double y) {
        if (x < f.lanesLeft() || y < f.lanesTop() || x > f.width || y > f.height) {
            return -1;
        }
        return f.layout.indexAt(y - f.lanesTop() + f.scrollY);
    }

    private TimelineItem markAt(Lane lane, int i, double x, double y) {
        boolean inStrip = lane.showsBars()
                && y - f.laneY(i) < f.metrics.markStripHeight() + 1;
        double tol = TOLERANCE_PX * f.scale.msPerPixel();
        long t = (long) f.scale.time(x);
        best = null;
        bestDistance = Double.MAX_VALUE;
        lane.forEachMark((long) Math.floor(t - tol), (long) Math.ceil(t + tol), mark -> {
            if (inStrip || !lane.showsBars() || mark.kind().isDeadline()) {
                consider(mark, Math.abs(f.scale.x(mark.time()) - x));
            }
        });
        return best;
    }

    private TimelineItem barAt(Lane lane, int row, double x) {
        double tol = TOLERANCE_PX * f.scale.msPerPixel();
        long t = (long) f.scale.time(x);
        best = null;
        bestDistance = Double.MAX_VALUE;
        lane.forEachBar((long) Math.floor(t - tol), (long) Math.ceil(t + tol), bar -> {
            if (bar.row() == row) {
                double xs = f.scale.x(bar.start());
                double xe = Math.max(xs + 2, f.scale.x(bar.endOr(f.now)));
                consider(bar, x < xs ? xs - x : x > xe ? x - xe : 0);
            }
        });
        return bestDistance <= TOLERANCE_PX ? best : null;
    }

    private TimelineItem spanAt(Lane lane, double x) {
        long t = (long) f.scale.time(x);
        best = null;
        bestDistance = Double.MAX_VALUE;
        lane.forEachSpan(t, t, span -> {
            if (span.endOr(f.now) >= t) {
                consider(span, 0);
            }
        });
        return best;
    }

    private void consider(TimelineItem item, double distance) {
        if (distance <= bestDistance) {
            best = item;
            bestDistance = distance;
        }
    }
}
