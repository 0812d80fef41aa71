package dev.bgsim.ui.timeline;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

/**
 * One horizontal lane of the timeline: its state spans, instance bars and marks, each kept in an
 * {@link IntervalIndex} so that a visible window is found without walking the history. Bars that
 * overlap in time go to separate rows (at most {@link #MAX_ROWS}; beyond that they share the row
 * that frees up first). Created and changed only through {@link TimelineModel}.
 */
public final class Lane {
    /** The most rows one lane grows to; more concurrent instances overlap in the row that frees first. */
    public static final int MAX_ROWS = 4;

    private final String id;
    private final LaneKind kind;
    private final String label;
    private final int order;
    private final long sequence;
    final IntervalIndex<StateSpan> spans = new IntervalIndex<>();
    final IntervalIndex<InstanceBar> bars = new IntervalIndex<>();
    final IntervalIndex<Mark> marks = new IntervalIndex<>();
    private long[] rowEnds = new long[0];
    private InstanceBar[] rowLastBars = new InstanceBar[0];

    Lane(String id, LaneKind kind, String label, int order, long sequence) {
        this.id = id;
        this.kind = kind;
        this.label = label;
        this.order = order;
        this.sequence = sequence;
    }

    public String id() {
        return id;
    }

    public LaneKind kind() {
        return kind;
    }

    public String label() {
        return label;
    }

    /** Lanes are shown by kind, then by this order, then in the order they were added. */
    public int order() {
        return order;
    }

    long sequence() {
        return sequence;
    }

    /** Whether the lane is drawn as rows of bars with a mark strip (else as one band of spans). */
    public boolean showsBars() {
        return kind.holdsBars() || bars.size() > 0;
    }

    /** The number of bar rows the lane has needed so far (0 for a lane without bars). */
    public int rowCount() {
        return rowEnds.length;
    }

    /** The span in force now, or {@code null}. */
    public StateSpan currentSpan() {
        StateSpan last = spans.last();
        return last != null && last.isOpen() ? last : null;
    }

    /** Visits the state spans intersecting [t0, t1] in start order. */
    public void forEachSpan(long t0, long t1, Consumer<? super StateSpan> visitor) {
        spans.forEachIntersecting(t0, t1, visitor);
    }

    /** Visits the instance bars intersecting [t0, t1] (open bars included) in start order. */
    public void forEachBar(long t0, long t1, Consumer<? super InstanceBar> visitor) {
        bars.forEachIntersecting(t0, t1, visitor);
    }

    /**
     * Visits the bars intersecting [t0, t1] in start order, skipping those that end before the
     * floor the visitor returns (bars hidden under what is already painted).
     */
    public void forEachVisibleBar(long t0, long t1, ToLongFunction<? super InstanceBar> visitor) {
        bars.forEachUncovered(t0, t1, visitor::applyAsLong);
    }

    /** Visits the marks in [t0, t1] in time order, skipping those before the floor the visitor returns. */
    public void forEachVisibleMark(long t0, long t1, ToLongFunction<? super Mark> visitor) {
        marks.forEachUncovered(t0, t1, visitor::applyAsLong);
    }

    /** Visits the state spans in [t0, t1], skipping those that end before the floor the visitor returns. */
    public void forEachVisibleSpan(long t0, long t1, ToLongFunction<? super StateSpan> visitor) {
        spans.forEachUncovered(t0, t1, visitor::applyAsLong);
    }

    /** Visits the marks in [t0, t1] in time order. */
    public void forEachMark(long t0, long t1, Consumer<? super Mark> visitor) {
        marks.forEachIntersecting(t0, t1, visitor);
    }

    public int spanCount() {
        return spans.size();
    }

    public int barCount() {
        return bars.size();
    }

    public int markCount() {
        return marks.size();
    }

    /** Places a new bar in the first row that is free at its start, adding a row if none is. */
    void assignRow(InstanceBar bar) {
        int row = firstFreeRow(bar.start());
        if (row < 0 && rowEnds.length < MAX_ROWS) {
            row = rowEnds.length;
            rowEnds = Arrays.copyOf(rowEnds, row + 1);
            rowLastBars = Arrays.copyOf(rowLastBars, row + 1);
        } else if (row < 0) {
            row = earliestFreeingRow();
        }
        bar.row = row;
        rowEnds[row] = bar.end();
        rowLastBars[row] = bar;
    }

    /** Frees the bar's row from its end on, if it is still the row's last bar. */
    void barEnded(InstanceBar bar) {
        if (bar.row < rowLastBars.length && rowLastBars[bar.row] == bar) {
            rowEnds[bar.row] = bar.end();
        }
    }

    private int firstFreeRow(long start) {
        for (int r = 0; r < rowEnds.length; r++) {
            if (rowEnds[r] <= start) {
                return r;
            }
        }
        return -1;
    }

    private int earliestFreeingRow() {
        int best = 0;
        for (int r = 1; r < rowEnds.length; r++) {
            if (rowEnds[r] < rowEnds[best]) {
                best = r;
            }
        }
        return best;
    }

    @Override
    public String toString() {
        return "Lane[" + id + " " + kind + " '" + label + "']";
    }
}
