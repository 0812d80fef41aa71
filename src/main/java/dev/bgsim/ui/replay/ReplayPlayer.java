package dev.bgsim.ui.replay;

import java.time.Duration;
import java.time.Instant;

/**
 * Plays a replay forward in real time times a speed factor: given the real time since the last
 * frame, where the replay should stand next. With "skip quiet time" a stretch in which nothing was
 * recorded and that would take more than {@link #QUIET} of real time at this speed is jumped over,
 * up to half a second (real) before the next event. Pure: the window owns the frames.
 */
final class ReplayPlayer {
    /** Real time of nothing happening that "skip quiet time" does not sit through. */
    static final Duration QUIET = Duration.ofSeconds(2);
    private static final Duration LEAD_IN = Duration.ofMillis(500);

    private double speed = 1;
    private boolean skipQuiet = true;

    /**
     * The position after {@code realNanos} of real time from {@code position}.
     *
     * @param nextEvent the next recorded event not shown yet, or null
     */
    Instant next(Instant position, long realNanos, Instant nextEvent) {
        Instant target = position.plusNanos(Math.round(realNanos * speed));
        if (skipQuiet && nextEvent != null) {
            Instant quietUntil = nextEvent.minusNanos(Math.round(LEAD_IN.toNanos() * speed));
            if (Duration.between(target, nextEvent).toNanos() > QUIET.toNanos() * speed && quietUntil.isAfter(target)) {
                return quietUntil;
            }
        }
        return target;
    }

    double speed() {
        return speed;
    }

    void setSpeed(double speed) {
        if (!(speed > 0)) {
            throw new IllegalArgumentException("a replay speed is a positive factor, not " + speed);
        }
        this.speed = speed;
    }

    boolean skipQuiet() {
        return skipQuiet;
    }

    void setSkipQuiet(boolean on) {
        this.skipQuiet = on;
    }
}
