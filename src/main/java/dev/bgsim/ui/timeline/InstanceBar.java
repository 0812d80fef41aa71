package dev.bgsim.ui.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One task instance, from its start to its end: a series of state segments (RUNNING, then
 * DEFERRED, ...), the deferrals it held, its progress samples, and, once it has ended, its final
 * state. Segments and progress samples are kept in time order in arrays, so drawing a visible
 * part is a binary search and a walk over what is visible.
 */
public final class InstanceBar extends TimelineItem {
    private final String id;
    private final String label;
    private final boolean forced;
    private long[] segmentStarts = new long[4];
    private InstanceState[] segmentStates = new InstanceState[4];
    private int segmentCount;
    private long[] progressTimes = new long[0];
    private byte[] progressPercents = new byte[0];
    private int progressCount;
    private final List<DeferralSpan> deferrals = new ArrayList<>(1);
    private String reason;
    /** The row within its lane, assigned when the bar is added so that overlapping bars do not cover each other. */
    int row;

    InstanceBar(Lane lane, String id, String label, long start, InstanceState state, boolean forced) {
        super(lane, start, OPEN);
        this.id = id;
        this.label = label;
        this.forced = forced;
        addSegment(start, state);
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** Whether the instance was started by a forced fire (conditions and policy bypassed). */
    public boolean isForced() {
        return forced;
    }

    /** The row of the lane the bar is drawn in, 0 at the top. */
    public int row() {
        return row;
    }

    /** The current state: the final state once the instance has ended. */
    public InstanceState state() {
        return segmentStates[segmentCount - 1];
    }

    /** The cancellation reason (or other cause of the end, such as LOW_MEMORY), or {@code null}. */
    public String reason() {
        return reason;
    }

    public int segmentCount() {
        return segmentCount;
    }

    public long segmentStart(int i) {
        return segmentStarts[checkSegment(i)];
    }

    public InstanceState segmentState(int i) {
        return segmentStates[checkSegment(i)];
    }

    /** Where segment {@code i} ends: the next segment's start, or the bar's end (or {@code now} while open). */
    public long segmentEnd(int i, long now) {
        return i + 1 < segmentCount ? segmentStarts[i + 1] : endOr(now);
    }

    /** The index of the segment in force at {@code time}: the last one starting at or before it (0 before the start). */
    public int segmentIndexAt(long time) {
        return Math.max(0, lastAtOrBefore(segmentStarts, segmentCount, time));
    }

    public InstanceState stateAt(long time) {
        return segmentStates[segmentIndexAt(time)];
    }

    public List<DeferralSpan> deferrals() {
        return Collections.unmodifiableList(deferrals);
    }

    public int progressCount() {
        return progressCount;
    }

    public long progressTime(int i) {
        return progressTimes[checkProgress(i)];
    }

    public int progressPercent(int i) {
        return progressPercents[checkProgress(i)];
    }

    /** The index of the last progress sample at or before {@code time}, or -1 if there is none. */
    public int progressIndexAt(long time) {
        return lastAtOrBefore(progressTimes, progressCount, time);
    }

    /** The latest progress in percent, or -1 if the instance never reported progress. */
    public int latestProgress() {
        return progressCount == 0 ? -1 : progressPercents[progressCount - 1];
    }

    void addSegment(long time, InstanceState state) {
        if (segmentCount > 0 && time < segmentStarts[segmentCount - 1]) {
            throw new IllegalArgumentException("instance " + id + " cannot change to " + state + " at " + time
                    + " ms: its previous state " + state() + " started later, at " + segmentStarts[segmentCount - 1] + " ms");
        }
        if (segmentCount == segmentStarts.length) {
            segmentStarts = Arrays.copyOf(segmentStarts, segmentCount * 2);
            segmentStates = Arrays.copyOf(segmentStates, segmentCount * 2);
        }
        segmentStarts[segmentCount] = time;
        segmentStates[segmentCount] = state;
        segmentCount++;
    }

    void addProgress(long time, int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("progress of instance " + id + " must be 0..100, was " + percent);
        }
        if (progressCount > 0 && time < progressTimes[progressCount - 1]) {
            throw new IllegalArgumentException("progress of instance " + id + " at " + time
                    + " ms comes before the previous sample at " + progressTimes[progressCount - 1] + " ms");
        }
        if (progressCount > 0 && progressTimes[progressCount - 1] == time) {
            progressPercents[progressCount - 1] = (byte) percent;
            return;
        }
        if (progressCount == progressTimes.length) {
            int capacity = Math.max(4, progressCount * 2);
            progressTimes = Arrays.copyOf(progressTimes, capacity);
            progressPercents = Arrays.copyOf(progressPercents, capacity);
        }
        progressTimes[progressCount] = time;
        progressPercents[progressCount] = (byte) percent;
        progressCount++;
    }

    void addDeferral(DeferralSpan deferral) {
        deferrals.add(deferral);
    }

    void setReason(String reason) {
        this.reason = reason;
    }

    private static int lastAtOrBefore(long[] times, int count, long time) {
        int lo = 0;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] <= time) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    private int checkSegment(int i) {
        return checkIndex(i, segmentCount, "segment");
    }

    private int checkProgress(int i) {
        return checkIndex(i, progressCount, "progress sample");
    }

    private int checkIndex(int i, int count, String what) {
        if (i < 0 || i >= count) {
            throw new IndexOutOfBoundsException(what + " " + i + " of instance " + id + " (it has " + count + ")");
        }
        return i;
    }

    @Override
    String describe() {
        return "instance " + id;
    }

    @Override
    public String toString() {
        return "InstanceBar[" + id + " " + state() + " " + start() + ".." + (isOpen() ? "open" : end()) + "]";
    }
}
