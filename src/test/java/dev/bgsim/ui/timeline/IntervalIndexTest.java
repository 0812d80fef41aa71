package dev.bgsim.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IntervalIndexTest {
    private final Lane lane = new Lane("l", LaneKind.HOST, "l", 0, 0);

    private StateSpan add(IntervalIndex<StateSpan> index, long start, long end) {
        StateSpan span = new StateSpan(lane, start, "s" + start, SpanTone.NEUTRAL);
        index.add(span);
        if (end != TimelineItem.OPEN) {
            index.setEnd(span, end);
        }
        return span;
    }

    private static List<StateSpan> query(IntervalIndex<StateSpan> index, long t0, long t1) {
        List<StateSpan> found = new ArrayList<>();
        index.forEachIntersecting(t0, t1, found::add);
        return found;
    }

    @Test
    void findsExactlyTheItemsIntersectingTheWindowIncludingOpenOnes() {
        Random random = new Random(42);
        IntervalIndex<StateSpan> index = new IntervalIndex<>();
        List<StateSpan> all = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            long start = random.nextInt(100_000);
            long end = random.nextInt(10) == 0 ? TimelineItem.OPEN : start + random.nextInt(2_000);
            all.add(add(index, start, end));
        }
        for (int q = 0; q < 500; q++) {
            long t0 = random.nextInt(110_000) - 5_000;
            long t1 = t0 + random.nextInt(5_000);
            List<StateSpan> expected = all.stream()
                    .filter(s -> s.start() <= t1 && s.end() >= t0)
                    .sorted((a, b) -> Long.compare(a.start(), b.start()))
                    .toList();
            List<StateSpan> found = query(index, t0, t1);
            assertEquals(expected.size(), found.size(), "window " + t0 + ".." + t1);
            assertTrue(found.containsAll(expected), "window " + t0 + ".." + t1);
            for (int i = 1; i < found.size(); i++) {
                assertTrue(found.get(i - 1).start() <= found.get(i).start(), "start order");
            }
        }
    }

    @Test
    void windowsTouchingAnItemsEndsIncludeIt() {
        IntervalIndex<StateSpan> index = new IntervalIndex<>();
        StateSpan span = add(index, 100, 200);
        assertEquals(List.of(span), query(index, 200, 300));
        assertEquals(List.of(span), query(index, 0, 100));
        assertEquals(List.of(), query(index, 201, 300));
        assertEquals(List.of(), query(index, 0, 99));
    }

    @Test
    void anOpenItemIsFoundInEveryLaterWindowAndNotAfterItEnds() {
        IntervalIndex<StateSpan> index = new IntervalIndex<>();
        StateSpan live = add(index, 10, TimelineItem.OPEN);
        for (int i = 0; i < 1_000; i++) {
            add(index, 20 + i * 10L, 25 + i * 10L);
        }
        assertTrue(query(index, 1_000_000, 1_000_001).contains(live));
        index.setEnd(live, 15);
        assertEquals(List.of(), query(index, 1_000_000, 1_000_001));
        assertTrue(query(index, 0, 12).contains(live));
    }

    @Test
    void itemsAddedOutOfOrderAreFoundAndKeptInStartOrder() {
        IntervalIndex<StateSpan> index = new IntervalIndex<>();
        for (int i = 0; i < 100; i++) {
            add(index, 1_000 + i * 10L, 1_005 + i * 10L);
        }
        StateSpan early = add(index, 500, 2_000);
        StateSpan middle = add(index, 1_333, 1_334);
        assertEquals(early, index.get(0));
        List<StateSpan> found = query(index, 1_333, 1_333);
        assertEquals(List.of(early, index.get(34), middle), found);
        assertEquals(1_330, index.get(34).start());
        index.setEnd(middle, 1_400);
        assertTrue(query(index, 1_390, 1_390).contains(middle));
    }

    @Test
    void aQueryVisitsWhatIsVisibleNotTheHistory() {
        IntervalIndex<StateSpan> small = consecutive(1_000);
        IntervalIndex<StateSpan> large = consecutive(100_000);
        long t1 = 1_000L * 100 - 1;
        long t0 = t1 - 10 * 100;
        int visibleSmall = query(small, t0, t1).size();
        int visibleLarge = query(large, 100_000L * 100 - 1 - 1_000, 100_000L * 100 - 1).size();
        assertEquals(visibleSmall, visibleLarge);
        small.resetCounters();
        large.resetCounters();
        query(small, t0, t1);
        query(large, 100_000L * 100 - 1 - 1_000, 100_000L * 100 - 1);
        assertEquals(visibleSmall, small.itemsVisited);
        assertEquals(visibleLarge, large.itemsVisited);
        int depth = 32 - Integer.numberOfLeadingZeros(131_072);
        assertTrue(large.nodesVisited <= 2L * (visibleLarge + 1) * depth,
                "visited " + large.nodesVisited + " tree nodes for " + visibleLarge + " visible items out of 100,000");
    }

    @Test
    void aQueryInTheMiddleOfALongHistoryVisitsOnlyTheOpenBarsBesidesTheVisible() {
        IntervalIndex<StateSpan> index = new IntervalIndex<>();
        add(index, 0, TimelineItem.OPEN);
        for (int i = 1; i < 50_000; i++) {
            add(index, i * 100L, i * 100L + 50);
        }
        index.resetCounters();
        List<StateSpan> found = query(index, 2_500_000, 2_500_210);
        assertEquals(4, found.size(), "the open item and three short ones: " + found);
        assertEquals(4, index.itemsVisited);
        assertTrue(index.nodesVisited < 4 * 2 * 17, "nodes visited: " + index.nodesVisited);
    }

    private IntervalIndex<StateSpan> consecutive(int count) {
        IntervalIndex<StateSpan> index = new IntervalIndex<>();
        for (int i = 0; i < count; i++) {
            add(index, i * 100L, i * 100L + 99);
        }
        return index;
    }

    @Test
    void aCoveringQuerySkipsItemsHiddenUnderWhatIsAlreadyPainted() {
        IntervalIndex<StateSpan> index = consecutive(100_000);
        long msPerPixel = 100_000L * 100 / 1_000;
        index.resetCounters();
        List<StateSpan> painted = new ArrayList<>();
        index.forEachUncovered(0, 100_000L * 100, span -> {
            painted.add(span);
            long pixelEnd = (span.end() / msPerPixel + 1) * msPerPixel;
            return pixelEnd;
        });
        assertTrue(painted.size() <= 1_001, "painted " + painted.size() + " items for 1,000 pixels");
        assertTrue(index.itemsVisited <= 1_001, "visited " + index.itemsVisited);
        assertTrue(index.nodesVisited <= 1_001L * 2 * 18, "nodes " + index.nodesVisited);
        for (int i = 1; i < painted.size(); i++) {
            assertTrue(painted.get(i).start() / msPerPixel > painted.get(i - 1).start() / msPerPixel, "one item per pixel");
        }
    }

    @Test
    void aCoveringQueryThatCoversNothingVisitsEveryIntersectingItem() {
        IntervalIndex<StateSpan> index = consecutive(1_000);
        List<StateSpan> all = new ArrayList<>();
        index.forEachUncovered(1_000, 5_000, span -> {
            all.add(span);
            return Long.MIN_VALUE;
        });
        assertEquals(query(index, 1_000, 5_000), all);
    }
}
