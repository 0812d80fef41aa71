package dev.bgsim.ui.timeline;

import java.util.List;

/**
 * Where each lane is, vertically, in content coordinates (0 at the top of the first lane,
 * before scrolling): a lane of spans is one band; a lane of bars has a strip for marks and one
 * row per concurrent bar. Kinds are grouped with a small gap between groups. No JavaFX.
 */
final class LaneLayout {
    private final List<Lane> lanes;
    private final TimelineMetrics metrics;
    private final double[] tops;
    private final double[] heights;
    private final double contentHeight;

    LaneLayout(List<Lane> lanes, TimelineMetrics metrics) {
        this.lanes = List.copyOf(lanes);
        this.metrics = metrics;
        this.tops = new double[lanes.size()];
        this.heights = new double[lanes.size()];
        double y = 0;
        for (int i = 0; i < lanes.size(); i++) {
            Lane lane = lanes.get(i);
            if (i > 0 && group(lanes.get(i - 1).kind()) != group(lane.kind())) {
                y += metrics.groupGap();
            }
            tops[i] = y;
            heights[i] = heightOf(lane);
            y += heights[i];
        }
        this.contentHeight = y;
    }

    int size() {
        return lanes.size();
    }

    List<Lane> lanes() {
        return lanes;
    }

    Lane lane(int i) {
        return lanes.get(i);
    }

    double top(int i) {
        return tops[i];
    }

    double height(int i) {
        return heights[i];
    }

    double contentHeight() {
        return contentHeight;
    }

    /** Whether lane {@code i} starts a new group of kinds (and has a gap above it). */
    boolean startsGroup(int i) {
        return i > 0 && group(lanes.get(i - 1).kind()) != group(lanes.get(i).kind());
    }

    /** The index of the lane at content height {@code y}, or -1 (above, below, or in a gap). */
    int indexAt(double y) {
        int i = lastTopAtOrAbove(y);
        return i >= 0 && y < tops[i] + heights[i] ? i : -1;
    }

    /** The first lane that reaches below content height {@code y}. */
    int firstVisible(double y) {
        int i = lastTopAtOrAbove(y);
        return i < 0 ? 0 : (y < tops[i] + heights[i] ? i : i + 1);
    }

    /** Top of bar row {@code row} of lane {@code i}. */
    double rowTop(int i, int row) {
        return tops[i] + metrics.markStripHeight() + row * metrics.rowHeight();
    }

    /** The bar row at content height {@code y} in lane {@code i}, or -1 in the mark strip or below the rows. */
    int rowAt(int i, double y) {
        Lane lane = lanes.get(i);
        if (!lane.showsBars()) {
            return -1;
        }
        double inRows = y - tops[i] - metrics.markStripHeight();
        int row = (int) Math.floor(inRows / metrics.rowHeight());
        return inRows < 0 || row >= Math.max(1, lane.rowCount()) ? -1 : row;
    }

    private double heightOf(Lane lane) {
        if (!lane.showsBars()) {
            return metrics.spanLaneHeight();
        }
        return metrics.markStripHeight() + Math.max(1, lane.rowCount()) * metrics.rowHeight() + 4;
    }

    private int lastTopAtOrAbove(double y) {
        int lo = 0;
        int hi = tops.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tops[mid] <= y) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    /** App state, device state, hosts and registrations are four groups. */
    static int group(LaneKind kind) {
        return switch (kind) {
            case APP_STATE -> 0;
            case DEVICE_POWER, DEVICE_SAVER, DEVICE_NETWORK, DEVICE_MEMORY -> 1;
            case HOST -> 2;
            case REGISTRATION -> 3;
        };
    }
}
