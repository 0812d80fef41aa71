package dev.bgsim.ui.bench;

import dev.bgsim.scenario.bench.Benchmark;
import dev.bgsim.scenario.bench.Measurement;
import dev.bgsim.ui.timeline.TimelineDrawBenchmark;

/**
 * {@code timelineDraw100kVs1k} from the command line: {@link TimelineDrawBenchmark} (the same
 * visible minute painted over 100,000 and over 1,000 items of history, alternately, medians of 500
 * paints after 300 warm-up rounds) as one JSON line. Goal at most 1.5, aim 1.1.
 *
 * <p>{@code bgsim bench timelineDraw100kVs1k} under a display (Xvfb), or with Monocle headless.
 */
public final class TimelineDrawBench implements Benchmark {
    public static final String NAME = "timelineDraw100kVs1k";
    public static final double GOAL = 1.5;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "time to paint the same visible minute of the timeline over 100,000 items of history / over 1,000 (needs a display)";
    }

    @Override
    public Measurement run() {
        return Measurement.atMost(NAME, new TimelineDrawBenchmark().timelineDraw100kVs1k(), "ratio", GOAL);
    }
}
