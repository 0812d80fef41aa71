package dev.bgsim.engine.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduleTest {
    private static final Instant T0 = Instant.parse("2026-01-01T08:00:00Z");

    @Test
    void entriesFireByTimeThenInsertionOrder() {
        Schedule s = new Schedule();
        List<String> fired = new ArrayList<>();
        s.add(T0.plusSeconds(5), EntryKind.OTHER, "b", () -> fired.add("b"));
        s.add(T0.plusSeconds(1), EntryKind.OTHER, "a", () -> fired.add("a"));
        s.add(T0.plusSeconds(5), EntryKind.OTHER, "c", () -> fired.add("c"));
        assertEquals(List.of("a", "b", "c"), s.items().stream().map(ScheduledItem::label).toList());
        while (s.peek().isPresent()) {
            s.fire(s.pollDue(s.peek().get().due()).orElseThrow());
        }
        assertEquals(List.of("a", "b", "c"), fired);
    }

    @Test
    void cancelledEntriesNeverFire() {
        Schedule s = new Schedule();
        List<String> fired = new ArrayList<>();
        ScheduleEntry e = s.add(T0, EntryKind.TIME_LIMIT, "time limit, instance 1 of X", () -> fired.add("x"));
        e.cancel();
        assertTrue(s.peek().isEmpty());
        assertTrue(fired.isEmpty());
    }

    @Test
    void pollDueReturnsNothingBeforeDue() {
        Schedule s = new Schedule();
        s.add(T0.plusSeconds(10), EntryKind.OTHER, "later", () -> { });
        assertTrue(s.pollDue(T0.plusSeconds(9)).isEmpty());
        assertTrue(s.pollDue(T0.plusSeconds(10)).isPresent());
    }
}
