package dev.bgsim.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Views that refresh in bulk share the pulses: one refresh a pulse, and none is lost. */
@ExtendWith(ApplicationExtension.class)
class PulseTurnsTest {
    private Scene scene;

    @Start
    void start(Stage stage) {
        scene = new Scene(new StackPane(), 200, 100);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void withoutAWindowEveryRequestGetsATurn() {
        PulseTurns turns = new PulseTurns();
        assertTrue(turns.tryTake());
        assertTrue(turns.tryTake());
    }

    @Test
    void aPulseHasOneTurnAndTheNextPulseAnother() throws Exception {
        PulseTurns turns = new PulseTurns();
        List<Boolean> samePulse = WaitForAsyncUtils.asyncFx(() -> {
            turns.attach(scene);
            return List.of(turns.tryTake(), turns.tryTake());
        }).get(30, TimeUnit.SECONDS);
        assertEquals(List.of(true, false), samePulse);
        scene.getRoot().requestLayout();   // asks for a pulse
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(turns::tryTake).get());
    }

    @Test
    void workThatCanWaitLetsARefusedViewHaveTheNextPulse() throws Exception {
        PulseTurns turns = new PulseTurns();
        // Asked right after the turns are handed back at the end of the next pulse (listeners run
        // in the order they were added, the turns' own first): as at the start of the pulse after.
        List<List<Boolean>> next = new ArrayList<>();
        Runnable ask = () -> {
            if (next.isEmpty()) {
                next.add(List.of(turns.tryTakeUnlessOthersWait(), turns.tryTake()));
            }
        };
        List<Boolean> first = WaitForAsyncUtils.asyncFx(() -> {
            turns.attach(scene);
            List<Boolean> asked = List.of(turns.tryTakeUnlessOthersWait(), turns.tryTake());
            scene.addPostLayoutPulseListener(ask);
            scene.getRoot().requestLayout();
            return asked;
        }).get(30, TimeUnit.SECONDS);
        assertEquals(List.of(true, false), first, "the background work took the pulse; the view was refused");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> !next.isEmpty()).get());
        assertEquals(List.of(false, true), WaitForAsyncUtils.asyncFx(() -> next.get(0)).get(30, TimeUnit.SECONDS),
                "in the next pulse the background work waits and the view gets the turn");
    }

    @Test
    void throttledViewsAskingInOnePulseRefreshInDifferentPulsesAndAllRefresh() throws Exception {
        PulseTurns turns = new PulseTurns();
        List<Long> pulsesOfRefreshes = new ArrayList<>();
        long[] pulse = {0};
        Runnable counter = () -> pulse[0]++;
        WaitForAsyncUtils.asyncFx(() -> {
            turns.attach(scene);
            scene.addPostLayoutPulseListener(counter);
            List<RefreshThrottle> views = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                views.add(new RefreshThrottle(() -> pulsesOfRefreshes.add(pulse[0]), Duration.millis(100), turns));
            }
            views.forEach(RefreshThrottle::request);
        }).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(pulsesOfRefreshes::size).get() == 3);
        List<Long> seen = WaitForAsyncUtils.asyncFx(() -> List.copyOf(pulsesOfRefreshes)).get(30, TimeUnit.SECONDS);
        assertEquals(3, seen.stream().distinct().count(), "each refresh in a pulse of its own: " + seen);
        assertFalse(seen.get(0) > seen.get(1) || seen.get(1) > seen.get(2), "in the order asked: " + seen);
    }
}
