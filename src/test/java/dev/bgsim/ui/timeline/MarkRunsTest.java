package dev.bgsim.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A storm of marks (a trigger and a latch every few pixels) is painted as runs: what a user sees
 * must stay what the single glyphs showed, a continuous band in the marks' colours from the first
 * to the last, with a mark of another kind in the middle of it still visible.
 */
@ExtendWith(ApplicationExtension.class)
class MarkRunsTest {

    private TimelineModel model;
    private TimelineView view;
    private Mark firstTrigger;
    private Mark middleTrigger;
    private Mark lastTrigger;
    private Mark cancellation;
    private Mark lonelyTrigger;

    @Start
    void start(Stage stage) {
        model = new TimelineModel();
        model.addLane("reg:storm", LaneKind.REGISTRATION, "Storm", 0);
        for (long t = 1_000; t <= 5_000; t += 20) {
            Mark trigger = model.addMark("reg:storm", MarkKind.TRIGGER, t, "", "i" + t);
            model.addMark("reg:storm", MarkKind.LATCH, t + 7, "", "i" + t);
            firstTrigger = firstTrigger == null ? trigger : firstTrigger;
            middleTrigger = t == 2_000 ? trigger : middleTrigger;
            lastTrigger = trigger;
        }
        cancellation = model.addMark("reg:storm", MarkKind.CANCELLATION, 3_000, "", "i3000");
        lonelyTrigger = model.addMark("reg:storm", MarkKind.TRIGGER, 8_000, "", "i8000");
        view = new TimelineView(model);
        view.setFollowNow(false);
        view.setNow(9_000);
        view.setVisibleStart(0);
        view.setVisibleDuration(10_000);
        Scene scene = new Scene(new StackPane(view), 900, 300);
        scene.getStylesheets().add(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @BeforeEach
    void waitForFirstPaint() throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> skin() != null && skin().drawnMark(lonelyTrigger).isPresent());
    }

    private TimelineSkin skin() {
        return (TimelineSkin) view.getSkin();
    }

    @Test
    void aDenseRunIsOneBandInTheMarksColoursWithTheOtherKindStillShown() throws Exception {
        PixelReader pixels = WaitForAsyncUtils.asyncFx(() -> skin().canvas().snapshot(null, null)).get(30, TimeUnit.SECONDS)
                .getPixelReader();
        Color trigger = colourOf(MarkKind.TRIGGER);
        Color latch = colourOf(MarkKind.LATCH);
        Color cancelled = colourOf(MarkKind.CANCELLATION);
        assertTrue(!same(trigger, latch) && !same(trigger, cancelled) && !same(latch, cancelled), "the kinds have colours of their own");
        double spacing = at(lastTrigger).getX() - at(firstTrigger).getX();
        assertTrue(spacing > 100, "the storm spans the window: " + spacing);

        assertTrue(colourNear(pixels, at(firstTrigger), trigger, 0), "the run starts with a trigger glyph");
        assertTrue(colourNear(pixels, at(lastTrigger), trigger, 0), "and ends with one");
        assertTrue(colourNear(pixels, at(lonelyTrigger), trigger, 0), "a trigger on its own is drawn too");
        for (double x = at(firstTrigger).getX() + 3; x < at(lastTrigger).getX() - 3; x += 5) {
            Color c = pixels.getColor((int) x, (int) at(middleTrigger).getY() + 1);
            assertTrue(same(c, trigger) || same(c, latch), "no gap in the band at x=" + x + ": " + c);
        }
        assertTrue(colourNear(pixels, at(cancellation), cancelled, 3), "the cancellation inside the storm is visible");
        assertEquals(false, colourNear(pixels, new Point2D(at(lonelyTrigger).getX() - 60, at(lonelyTrigger).getY()), trigger, 3),
                "no band between the storm and the trigger on its own");
    }

    private Color colourOf(MarkKind kind) throws Exception {
        return (Color) WaitForAsyncUtils.asyncFx(() -> view.paint(TimelineColor.of(kind))).get(30, TimeUnit.SECONDS);
    }

    private Point2D at(Mark mark) {
        return skin().drawnMark(mark).orElseThrow(() -> new AssertionError("not drawn: " + mark));
    }

    private static boolean colourNear(PixelReader pixels, Point2D p, Color colour, int reach) {
        for (int dx = -reach - 2; dx <= reach + 2; dx++) {
            for (int dy = -3; dy <= 4; dy++) {
                if (same(pixels.getColor((int) p.getX() + dx, (int) p.getY() + dy), colour)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean same(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.06 && Math.abs(a.getGreen() - b.getGreen()) < 0.06
                && Math.abs(a.getBlue() - b.getBlue()) < 0.06;
    }
}
