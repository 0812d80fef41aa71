package dev.bgsim.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TimelineDrawBenchmarkTest {
    @Test
    void theDrawBenchmarkRunsAndReturnsARatio() {
        double ratio = new TimelineDrawBenchmark(5, 9).drawTimeRatio(400, 2_000);
        assertTrue(ratio > 0 && Double.isFinite(ratio), "ratio " + ratio);
    }

    @Test
    void bothHistoriesShowTheSameLastMinute() {
        TimelineModel small = SyntheticHistory.build(400);
        TimelineModel large = SyntheticHistory.build(2_000);
        long t0 = SyntheticHistory.END - 60_000;
        for (int r = 0; r < SyntheticHistory.REGISTRATIONS; r++) {
            int[] counts = new int[2];
            small.lane("reg:" + r).forEachBar(t0, SyntheticHistory.END, b -> counts[0]++);
            large.lane("reg:" + r).forEachBar(t0, SyntheticHistory.END, b -> counts[1]++);
            assertTrue(counts[0] == counts[1] && counts[0] > 0, "lane " + r + ": " + counts[0] + " vs " + counts[1]);
        }
    }
}
