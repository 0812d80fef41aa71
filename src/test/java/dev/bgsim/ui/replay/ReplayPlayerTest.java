package dev.bgsim.ui.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** How far a replay moves per frame: real time times the speed, quiet stretches skipped. */
class ReplayPlayerTest {
    private static final Instant T0 = Instant.parse("2026-01-01T08:00:00Z");
    private static final long FRAME = Duration.ofMillis(16).toNanos();

    @Test
    void aFrameMovesRealTimeTimesTheSpeed() {
        ReplayPlayer player = new ReplayPlayer();
        player.setSpeed(60);
        assertEquals(T0.plusNanos(FRAME * 60), player.next(T0, FRAME, T0.plusSeconds(1)));
    }

    @Test
    void aQuietStretchIsJumpedToHalfARealSecondBeforeTheNextEvent() {
        ReplayPlayer player = new ReplayPlayer();
        player.setSpeed(10);
        Instant next = T0.plus(Duration.ofMinutes(15));
        assertEquals(next.minusSeconds(5), player.next(T0, FRAME, next));
        player.setSkipQuiet(false);
        assertEquals(T0.plusNanos(FRAME * 10), player.next(T0, FRAME, next));
    }

    @Test
    void anEventCloseByIsNotJumpedTo() {
        ReplayPlayer player = new ReplayPlayer();
        Instant next = T0.plusSeconds(1);
        assertEquals(T0.plusNanos(FRAME), player.next(T0, FRAME, next));
        assertEquals(T0.plusNanos(FRAME), player.next(T0, FRAME, null));
    }

    @Test
    void aSpeedIsPositive() {
        assertThrows(IllegalArgumentException.class, () -> new ReplayPlayer().setSpeed(0));
    }
}
