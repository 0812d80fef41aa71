package dev.bgsim.ui.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long last = -1;
    private long lastCpu;
    private long longest;
    private long longestCpu;

    PulseGaps(int capacity) {
        this.gaps = new long[capacity];
    }

    @Override
    public void handle(long now) {
        long t = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        if (last >= 0) {
            long gap = t - last;
            longest = Math.max(longest, gap);
            longestCpu = Math.max(longestCpu, cpu - lastCpu);
            if (count < gaps.length) {
                gaps[count++] = gap;
            }
        }
        last = t;
        lastCpu = cpu;
    }

    /** Forgets what was recorded (after a warm-up). */
    void reset() {
        count = 0;
        longest = 0;
        longestCpu = 0;
        last = -1;
    }

    /**
     * The most CPU time the FX thread used between two pulses, in ms: the work behind the longest
     * stall, apart from waiting for a core (which on a loaded machine can be most of a gap).
     */
    double longestCpuMs() {
        return longestCpu / 1e6;
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
