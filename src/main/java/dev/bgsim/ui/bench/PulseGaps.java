package dev.bgsim.ui.bench;

import java.util.Arrays;
import javafx.animation.AnimationTimer;

/**
 * Records the time between consecutive JavaFX pulses with an {@link AnimationTimer}: while it
 * runs, the FX thread pulses about 60 times a second, so a gap much longer than 16.7 ms is a stall
 * (the FX thread was busy, or waited, and drew nothing meanwhile). FX thread only.
 */
final class PulseGaps extends AnimationTimer {
    private final long[] gaps;
    private int count;
    private long last = -1;
    private long longest;

    PulseGaps(int capacity) {
        this.gaps = new long[capacity];
    }

    @Override
    public void handle(long now) {
        long t = System.nanoTime();
        if (last >= 0) {
            long gap = t - last;
            longest = Math.max(longest, gap);
            if (count < gaps.length) {
                gaps[count++] = gap;
            }
        }
        last = t;
    }

    /** Forgets what was recorded (after a warm-up). */
    void reset() {
        count = 0;
        longest = 0;
        last = -1;
    }

    double longestMs() {
        return longest / 1e6;
    }

    /** The gap that {@code fraction} of the gaps do not exceed, in ms. */
    double percentileMs(double fraction) {
        if (count == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(gaps, count);
        Arrays.sort(sorted);
        return sorted[Math.min(count - 1, (int) Math.ceil(fraction * count) - 1)] / 1e6;
    }

    int pulses() {
        return count;
    }
}
