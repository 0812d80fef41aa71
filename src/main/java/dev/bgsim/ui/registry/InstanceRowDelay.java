package dev.bgsim.ui.registry;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Which live instances have a row in the packages tree: those live for {@value #DELAY_MILLIS} ms
 * or more, and the selected one. A row for an instance that ends a millisecond later cannot be
 * clicked; under a storm of such instances the rows below jumped ten times a second, and every
 * change in the number of rows made the tree restyle all its visible rows. The registration's row
 * says "running" at once, and the timeline and the log show every instance. FX thread only.
 */
final class InstanceRowDelay {
    static final long DELAY_MILLIS = 300;
    private static final long DELAY_NANOS = DELAY_MILLIS * 1_000_000;

    private final LongSupplier nanoTime;
    private final Map<Object, Long> firstSeen = new HashMap<>();
    private final Set<Object> live = new HashSet<>();
    private long soonestHiddenDue = Long.MAX_VALUE;

    InstanceRowDelay(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** During a refresh: whether the live instance {@code id} gets a row now. */
    boolean shows(Object id, boolean selected) {
        long now = nanoTime.getAsLong();
        live.add(id);
        long due = firstSeen.computeIfAbsent(id, k -> now) + DELAY_NANOS;
        if (selected || now >= due) {
            return true;
        }
        soonestHiddenDue = Math.min(soonestHiddenDue, due);
        return false;
    }

    /**
     * Ends a refresh: forgets the instances that are no longer live; returns the milliseconds until
     * a live instance without a row is due one (the tree must refresh then, events or not), or -1.
     */
    long finish() {
        firstSeen.keySet().retainAll(live);
        live.clear();
        long due = soonestHiddenDue;
        soonestHiddenDue = Long.MAX_VALUE;
        return due == Long.MAX_VALUE ? -1 : Math.max(1, (due - nanoTime.getAsLong() + 999_999) / 1_000_000);
    }
}
