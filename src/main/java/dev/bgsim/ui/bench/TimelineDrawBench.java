package dev.bgsim.ui.bench;

import dev.bgsim.ui.timeline.TimelineDrawBenchmark;

/**
 * {@code timelineDraw100kVs1k} from the command line: {@link TimelineDrawBenchmark} (the same
 * visible minute painted over 100,000 and over 1,000 items of history, alternately, medians of 500
 * paints after 300 warm-up rounds) as one JSON line. Goal at most 1.5, aim 1.1.
 *
 * <p>{@code java -cp target/bgsim.jar dev.bgsim.ui.bench.TimelineDrawBench} under a display (Xvfb),
 * or with Monocle headless.
 */
public final class TimelineDrawBench {
    public static final String NAME = "timelineDraw100kVs1k";
    public static final double GOAL = 1.5;

    private TimelineDrawBench() {
    }

    public static void main(String[] args) {
        double ratio = new TimelineDrawBenchmark().timelineDraw100kVs1k();
        System.out.println(FxBench.jsonLine(NAME, ratio, "ratio", GOAL));
        javafx.application.Platform.exit();
    }
}
