package dev.bgsim.engine.time;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * The one priority queue of timed work, keyed by (simulated time, insertion sequence), so that
 * entries due at the same instant fire in the order they were scheduled: deterministic.
 *
 * <p>Engine thread only: not thread-safe by design.
 */
public final class Schedule {
    private final PriorityQueue<ScheduleEntry> queue = new PriorityQueue<>(
            Comparator.comparing(ScheduleEntry::due).thenComparingLong(ScheduleEntry::sequence));
    private long nextSequence;

    /** Engine thread only. Adds an entry; the returned handle can cancel it. */
    public ScheduleEntry add(Instant due, EntryKind kind, String label, Runnable action) {
        ScheduleEntry entry = new ScheduleEntry(due, nextSequence++, kind, label, action);
        queue.add(entry);
        return entry;
    }

    /** Engine thread only. The next live entry, if any (cancelled ones are dropped). */
    public Optional<ScheduleEntry> peek() {
        dropCancelled();
        return Optional.ofNullable(queue.peek());
    }

    /** Engine thread only. Removes and returns the next live entry if it is due at or before {@code now}. */
    public Optional<ScheduleEntry> pollDue(Instant now) {
        dropCancelled();
        ScheduleEntry head = queue.peek();
        if (head == null || head.due().isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(queue.poll());
    }

    /** Engine thread only. Fires an entry taken with {@link #pollDue}. */
    public void fire(ScheduleEntry entry) {
        if (!entry.isCancelled()) {
            entry.fire();
        }
    }

    /** Engine thread only. Live entries in firing order (a copy). */
    public List<ScheduledItem> items() {
        List<ScheduleEntry> all = new ArrayList<>(queue);
        all.removeIf(ScheduleEntry::isCancelled);
        all.sort(queue.comparator());
        List<ScheduledItem> out = new ArrayList<>(all.size());
        for (ScheduleEntry e : all) {
            out.add(e.describe());
        }
        return out;
    }

    public int size() {
        dropCancelled();
        return (int) queue.stream().filter(e -> !e.isCancelled()).count();
    }

    private void dropCancelled() {
        while (!queue.isEmpty() && queue.peek().isCancelled()) {
            queue.poll();
        }
    }
}
