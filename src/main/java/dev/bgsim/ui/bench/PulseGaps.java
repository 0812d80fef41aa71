package dev.bgsim.ui.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;

/**
 * Records the time between consecutive JavaFX pulses with an {@link AnimationTimer}: while it
 * runs, the FX thread pulses about 60 times a second, so a gap much longer than 16.7 ms is a stall
 * (the FX thread was busy, or waited, and drew nothing meanwhile). With {@link #watch(Scene)} it
 * also tells how much of the FX thread's CPU time per gap went to the scene's CSS and layout
 * passes, and so how much to the rest (animation timers such as the event drain, rendering sync).
 * FX thread only.
 */
final class PulseGaps extends AnimationTimer {
    private final long[] gaps;
    private final long[] cpus;
    private final long[] layoutCpus;
    private int count;
    private long preLayoutCpu = -1;
    private long layoutCpu;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long last = -1;
    private long lastCpu;
    private long longest;
    private long longestCpu;

    PulseGaps(int capacity) {
        this.gaps = new long[capacity];
        this.cpus = new long[capacity];
        this.layoutCpus = new long[capacity];
    }

    /** Also times {@code scene}'s CSS and layout passes. */
    void watch(Scene scene) {
        scene.addPreLayoutPulseListener(() -> preLayoutCpu = threads.getCurrentThreadCpuTime());
        scene.addPostLayoutPulseListener(() -> {
            if (preLayoutCpu >= 0) {
                layoutCpu += threads.getCurrentThreadCpuTime() - preLayoutCpu;
            }
        });
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
                cpus[count] = cpu - lastCpu;
                layoutCpus[count] = layoutCpu;
                gaps[count++] = gap;
            }
        }
        last = t;
        lastCpu = cpu;
        layoutCpu = 0;
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
        return percentile(gaps, fraction);
    }

    /**
     * The FX thread's CPU time per gap that {@code fraction} of the gaps do not exceed, in ms: what
     * the window itself costs a frame, less noisy than wall-clock gaps on a shared machine.
     */
    double cpuPercentileMs(double fraction) {
        return percentile(cpus, fraction);
    }

    /** The FX thread's CPU time per gap in the scene's CSS and layout passes that {@code fraction} of the gaps do not exceed, in ms. */
    double layoutCpuPercentileMs(double fraction) {
        return percentile(layoutCpus, fraction);
    }

    /** Of the gap in which the FX thread used the most CPU time, the part in CSS and layout, in ms. */
    double layoutCpuInBusiestGapMs() {
        int busiest = 0;
        for (int i = 1; i < count; i++) {
            if (cpus[i] > cpus[busiest]) {
                busiest = i;
            }
        }
        return count == 0 ? 0 : layoutCpus[busiest] / 1e6;
    }

    /** The FX thread's CPU time over all recorded gaps, in ms. */
    double totalCpuMs() {
        long sum = 0;
        for (int i = 0; i < count; i++) {
            sum += cpus[i];
        }
        return sum / 1e6;
    }

    private double percentile(long[] values, double fraction) {
        if (count == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        return sorted[Math.min(count - 1, (int) Math.ceil(fraction * count) - 1)] / 1e6;
    }

    int pulses() {
        return count;
    }
}
