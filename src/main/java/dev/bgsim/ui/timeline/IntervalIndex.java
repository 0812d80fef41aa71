package dev.bgsim.ui.timeline;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The items of one lane sorted by start time, with a max-end segment tree over them, so that the
 * items intersecting a window [t0, t1] are found in O(log n + k log n) for k hits, whatever the
 * length of the history: the start order cuts off everything that starts after t1, and the tree
 * prunes every subtree whose latest end is before t0. Open items have the end
 * {@link TimelineItem#OPEN}, so they are always found once they have started.
 *
 * <p>Appending in time order (the live case) costs O(log n) amortised: a leaf and its path to the
 * root, and a rebuild when the capacity doubles. An item that starts before the last one is
 * inserted in its place at O(k log n) for the k items after it: few, since events come in time
 * order and only marks ahead of now (deadlines of running instances) are passed. Not
 * thread-safe; JavaFX thread only, like the whole model.
 */
final class IntervalIndex<T extends TimelineItem> {
    private static final int INITIAL_CAPACITY = 16;

    private TimelineItem[] items = new TimelineItem[INITIAL_CAPACITY];
    private long[] starts = new long[INITIAL_CAPACITY];
    /** Heap-ordered tree: node 1 is the root, the leaves are at capacity + i. */
    private long[] maxEnd = emptyTree(INITIAL_CAPACITY);
    private int size;
    /** The running floor of {@link #forEachUncovered}. */
    private long floor;
    /** Tree nodes looked at by queries since the last reset: what the O(log n + visible) tests count. */
    long nodesVisited;
    /** Items handed to visitors by queries since the last reset. */
    long itemsVisited;

    int size() {
        return size;
    }

    @SuppressWarnings("unchecked")
    T get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("item " + i + " of " + size);
        }
        return (T) items[i];
    }

    /** The last item in start order, or {@code null} if there is none. */
    T last() {
        return size == 0 ? null : get(size - 1);
    }

    void add(T item) {
        if (size == items.length) {
            grow();
        }
        if (size == 0 || item.start() >= starts[size - 1]) {
            place(size++, item);
            updatePath(size - 1);
        } else {
            insertBefore(firstStartingAfter(item.start()), item);
        }
    }

    /** Ends {@code item} (or reopens it with {@link TimelineItem#OPEN}) and updates the tree. */
    void setEnd(T item, long end) {
        int i = item.slot;
        if (i < 0 || i >= size || items[i] != item) {
            throw new IllegalArgumentException(item.describe() + " is not in this index");
        }
        item.setEnd(end);
        maxEnd[items.length + i] = end;
        updatePath(i);
    }

    /** Hands every item with start ≤ t1 and end ≥ t0 to {@code visitor}, in start order. */
    void forEachIntersecting(long t0, long t1, Consumer<? super T> visitor) {
        if (t1 < t0) {
            return;
        }
        int limit = firstStartingAfter(t1);
        if (limit > 0) {
            visit(1, 0, items.length, limit, t0, visitor);
        }
    }

    /**
     * Like {@link #forEachIntersecting}, but the visitor returns a floor: items after it in start
     * order that end before the floor are skipped, whole subtrees at a time. A painter returns the
     * time up to which it has covered every pixel, so a zoomed-out window costs the pixels it has,
     * not the items in it.
     */
    void forEachUncovered(long t0, long t1, CoveringVisitor<? super T> visitor) {
        if (t1 < t0) {
            return;
        }
        int limit = firstStartingAfter(t1);
        if (limit > 0) {
            floor = t0;
            cover(1, 0, items.length, limit, visitor);
        }
    }

    /** Visits an item and says from which end time on later items still matter. */
    @FunctionalInterface
    interface CoveringVisitor<T> {
        long visit(T item);
    }

    void resetCounters() {
        nodesVisited = 0;
        itemsVisited = 0;
    }

    @SuppressWarnings("unchecked")
    private void visit(int node, int lo, int hi, int limit, long t0, Consumer<? super T> visitor) {
        nodesVisited++;
        if (lo >= limit || maxEnd[node] < t0) {
            return;
        }
        if (hi - lo == 1) {
            itemsVisited++;
            visitor.accept((T) items[lo]);
            return;
        }
        int mid = (lo + hi) >>> 1;
        visit(2 * node, lo, mid, limit, t0, visitor);
        visit(2 * node + 1, mid, hi, limit, t0, visitor);
    }

    @SuppressWarnings("unchecked")
    private void cover(int node, int lo, int hi, int limit, CoveringVisitor<? super T> visitor) {
        nodesVisited++;
        if (lo >= limit || maxEnd[node] < floor) {
            return;
        }
        if (hi - lo == 1) {
            itemsVisited++;
            floor = Math.max(floor, visitor.visit((T) items[lo]));
            return;
        }
        int mid = (lo + hi) >>> 1;
        cover(2 * node, lo, mid, limit, visitor);
        cover(2 * node + 1, mid, hi, limit, visitor);
    }

    /** The number of items starting at or before {@code time}, which is the index of the first one after it. */
    private int firstStartingAfter(long time) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= time) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private void insertBefore(int at, T item) {
        System.arraycopy(items, at, items, at + 1, size - at);
        System.arraycopy(starts, at, starts, at + 1, size - at);
        size++;
        for (int i = at; i < size; i++) {
            place(i, i == at ? item : items[i]);
        }
        updateRange(at, size - 1);
    }

    /**
     * Recomputes the inner nodes above the leaves {@code from..to}, a level at a time: O(to - from
     * + log n), not the whole tree, so inserting near the end of a long lane stays cheap.
     */
    private void updateRange(int from, int to) {
        int lo = (items.length + from) >>> 1;
        int hi = (items.length + to) >>> 1;
        while (lo >= 1) {
            for (int node = lo; node <= hi; node++) {
                maxEnd[node] = Math.max(maxEnd[2 * node], maxEnd[2 * node + 1]);
            }
            lo >>>= 1;
            hi >>>= 1;
        }
    }

    private void place(int i, TimelineItem item) {
        items[i] = item;
        starts[i] = item.start();
        maxEnd[items.length + i] = item.end();
        item.slot = i;
    }

    private void updatePath(int i) {
        for (int node = (items.length + i) >>> 1; node >= 1; node >>>= 1) {
            maxEnd[node] = Math.max(maxEnd[2 * node], maxEnd[2 * node + 1]);
        }
    }

    private void grow() {
        int capacity = items.length * 2;
        items = Arrays.copyOf(items, capacity);
        starts = Arrays.copyOf(starts, capacity);
        maxEnd = emptyTree(capacity);
        for (int i = 0; i < size; i++) {
            maxEnd[capacity + i] = items[i].end();
        }
        rebuildInnerNodes();
    }

    private void rebuildInnerNodes() {
        for (int node = items.length - 1; node >= 1; node--) {
            maxEnd[node] = Math.max(maxEnd[2 * node], maxEnd[2 * node + 1]);
        }
    }

    private static long[] emptyTree(int capacity) {
        long[] tree = new long[2 * capacity];
        Arrays.fill(tree, Long.MIN_VALUE);
        return tree;
    }
}
