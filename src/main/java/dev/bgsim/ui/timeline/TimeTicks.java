package dev.bgsim.ui.timeline;

/**
 * Picks the spacing of the time axis' ticks for a zoom level from a table of round steps (1 ms
 * to 30 days), and aligns ticks on the simulated wall clock, so that labels read 08:00:10,
 * 08:00:20 rather than "10 s after the start". No JavaFX.
 */
final class TimeTicks {
    static final long SECOND = 1_000;
    static final long MINUTE = 60 * SECOND;
    static final long HOUR = 60 * MINUTE;
    static final long DAY = 24 * HOUR;

    /** A major step and how many minor intervals it is split into. */
    record Step(long millis, int minorDivisions) {
        long minorMillis() {
            return Math.max(1, millis / minorDivisions);
        }
    }

    private static final Step[] STEPS = {
        new Step(1, 1), new Step(2, 2), new Step(5, 5), new Step(10, 5), new Step(20, 4),
        new Step(50, 5), new Step(100, 5), new Step(200, 4), new Step(500, 5),
        new Step(SECOND, 5), new Step(2 * SECOND, 4), new Step(5 * SECOND, 5), new Step(10 * SECOND, 5),
        new Step(15 * SECOND, 3), new Step(30 * SECOND, 6),
        new Step(MINUTE, 4), new Step(2 * MINUTE, 4), new Step(5 * MINUTE, 5), new Step(10 * MINUTE, 5),
        new Step(15 * MINUTE, 3), new Step(30 * MINUTE, 6),
        new Step(HOUR, 4), new Step(2 * HOUR, 4), new Step(3 * HOUR, 3), new Step(6 * HOUR, 6),
        new Step(12 * HOUR, 4), new Step(DAY, 4), new Step(2 * DAY, 2), new Step(7 * DAY, 7),
        new Step(14 * DAY, 2), new Step(28 * DAY, 4),
    };

    private TimeTicks() {
    }

    /** The smallest round step whose ticks are at least {@code minSpacingPx} apart. */
    static Step stepFor(double msPerPixel, double minSpacingPx) {
        double wanted = msPerPixel * minSpacingPx;
        for (Step step : STEPS) {
            if (step.millis() >= wanted) {
                return step;
            }
        }
        return STEPS[STEPS.length - 1];
    }

    /**
     * The first time at or after {@code t} that falls on a multiple of {@code step} on the local
     * clock, where {@code clockOffset} is the local clock's reading (epoch ms plus zone offset)
     * at time 0.
     */
    static long firstTickAtOrAfter(long t, long step, long clockOffset) {
        return t + Math.floorMod(-(clockOffset + t), step);
    }
}
