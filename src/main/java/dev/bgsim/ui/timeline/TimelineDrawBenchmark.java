package dev.bgsim.ui.timeline;

import atlantafx.base.theme.PrimerLight;
import java.util.Arrays;
import java.util.concurrent.Callable;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;

/**
 * The {@code timelineDraw100kVs1k} metric for {@code bgsim bench}: the time to paint the same
 * visible minute over 100,000 items of history divided by the time over 1,000 items. The goal is
 * at most 1.5 (aim 1.1): the cost of a frame must not grow with the history (SPEC section 5).
 *
 * <p>Each paint is {@link TimelineSkin#paint()} into the skin's canvas (building the canvas'
 * command buffer, which is what depends on the model; rasterising it is the same for both). The
 * two timelines are painted alternately, after a warm-up, and the medians are compared. Needs a
 * JavaFX platform (a display, or Monocle headless); starts it if it is not running, and runs the
 * measurement on the JavaFX thread, which it keeps busy meanwhile: not for use inside the GUI.
 */
public final class TimelineDrawBenchmark {
    public static final int SMALL_HISTORY = 1_000;
    public static final int LARGE_HISTORY = 100_000;
    private static final double WIDTH = 1_400;
    private static final double HEIGHT = 800;
    private static final double VISIBLE = 60_000;

    private final int warmupRounds;
    private final int measuredRounds;

    /** The benchmark as {@code bgsim bench} runs it: 300 warm-up rounds, 500 measured. */
    public TimelineDrawBenchmark() {
        this(300, 500);
    }

    public TimelineDrawBenchmark(int warmupRounds, int measuredRounds) {
        if (warmupRounds < 0 || measuredRounds < 1) {
            throw new IllegalArgumentException("rounds: warm-up must be >= 0 and measured >= 1, were "
                    + warmupRounds + " and " + measuredRounds);
        }
        this.warmupRounds = warmupRounds;
        this.measuredRounds = measuredRounds;
    }

    /** Median paint time over 100,000 items of history divided by that over 1,000. */
    public double timelineDraw100kVs1k() {
        return drawTimeRatio(SMALL_HISTORY, LARGE_HISTORY);
    }

    /** Median paint time of the same window over {@code largeHistory} items divided by over {@code smallHistory}. */
    public double drawTimeRatio(int smallHistory, int largeHistory) {
        TimelineModel small = SyntheticHistory.build(smallHistory);
        TimelineModel large = SyntheticHistory.build(largeHistory);
        startPlatform();
        return onFxThread(() -> {
            TimelineSkin smallSkin = showOffscreen(small);
            TimelineSkin largeSkin = showOffscreen(large);
            long[] smallTimes = new long[measuredRounds];
            long[] largeTimes = new long[measuredRounds];
            for (int round = -warmupRounds; round < measuredRounds; round++) {
                long smallNanos = timePaint(smallSkin);
                long largeNanos = timePaint(largeSkin);
                if (round >= 0) {
                    smallTimes[round] = smallNanos;
                    largeTimes[round] = largeNanos;
                }
            }
            return (double) median(largeTimes) / Math.max(1, median(smallTimes));
        });
    }

    private static TimelineSkin showOffscreen(TimelineModel model) {
        TimelineView view = new TimelineView(model);
        view.setVisibleDuration(VISIBLE);
        view.setNow(SyntheticHistory.END);
        Scene scene = new Scene(new StackPane(view), WIDTH, HEIGHT);
        scene.getStylesheets().add(new PrimerLight().getUserAgentStylesheet());
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        return (TimelineSkin) view.getSkin();
    }

    private static long timePaint(TimelineSkin skin) {
        long start = System.nanoTime();
        skin.paint();
        return System.nanoTime() - start;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static void startPlatform() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // The platform was started before (by the GUI, a test, or an earlier run): use it.
        }
    }

    private static <T> T onFxThread(Callable<T> task) {
        return dev.bgsim.ui.FxCalls.callAndWait("the draw benchmark", java.time.Duration.ofMinutes(10), task);
    }
}
