package dev.bgsim.ui.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InstanceRowDelayTest {
    private long now = 1_000_000_000L;
    private final InstanceRowDelay delay = new InstanceRowDelay(() -> now);

    @Test
    void anInstanceGetsItsRowOnceItHasLivedTheDelayAndTheTreeIsToldWhen() {
        assertFalse(delay.shows("a", false), "just started: no row yet");
        assertEquals(InstanceRowDelay.DELAY_MILLIS, delay.finish(), "the tree refreshes when the row is due");
        now += 200_000_000L;
        assertFalse(delay.shows("a", false));
        assertEquals(InstanceRowDelay.DELAY_MILLIS - 200, delay.finish());
        now += 100_000_000L;
        assertTrue(delay.shows("a", false), "live for the delay: a row");
        assertEquals(-1, delay.finish(), "nothing left waiting");
    }

    @Test
    void theSelectedInstanceHasARowAtOnce() {
        assertTrue(delay.shows("a", true));
        assertEquals(-1, delay.finish());
    }

    @Test
    void anInstanceThatEndedIsForgottenSoAReusedIdWaitsAgain() {
        assertFalse(delay.shows("a", false));
        delay.finish();
        now += 500_000_000L;
        delay.finish();   // a refresh in which "a" was no longer live
        assertFalse(delay.shows("a", false), "seen anew");
    }
}
