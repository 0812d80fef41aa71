package dev.bgsim.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeTicksTest {
    @ParameterizedTest(name = "{0} ms/px, {1} px apart: step {2} ms")
    @CsvSource({
        "0.01, 80, 1",
        "1, 80, 100",
        "10, 80, 1000",
        "100, 80, 10000",
        "1000, 80, 120000",
        "60000, 80, 7200000",
        "3600000, 80, 604800000",
        "1e12, 80, 2419200000",
    })
    void theStepIsTheSmallestRoundOneThatKeepsTicksApart(double msPerPixel, double spacing, long step) {
        assertEquals(step, TimeTicks.stepFor(msPerPixel, spacing).millis());
    }

    @Test
    void ticksFallOnRoundClockTimesNotOnRoundOffsetsFromTheStart() {
        long offset = 7_500;
        assertEquals(2_500, TimeTicks.firstTickAtOrAfter(1, 10_000, offset));
        assertEquals(2_500, TimeTicks.firstTickAtOrAfter(2_500, 10_000, offset));
        assertEquals(-7_500, TimeTicks.firstTickAtOrAfter(-9_000, 10_000, offset));
    }
}
