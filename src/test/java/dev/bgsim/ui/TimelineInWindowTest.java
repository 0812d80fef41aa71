package dev.bgsim.ui;

import static dev.bgsim.ui.MainWindowFixture.selectRegistration;
import static dev.bgsim.ui.MainWindowFixture.text;
import static dev.bgsim.ui.MainWindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bgsim.ui.timeline.DrawnBar;
import dev.bgsim.ui.timeline.InstanceBar;
import dev.bgsim.ui.timeline.InstanceState;
import dev.bgsim.ui.timeline.Lane;
import dev.bgsim.ui.timeline.TimelineSkin;
import dev.bgsim.ui.timeline.TimelineView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The timeline in the real window on a real engine: what it draws for a fired task, and clicking a bar. */
@ExtendWith(ApplicationExtension.class)
class TimelineInWindowTest {
    private final MainWindowFixture fixture = new MainWindowFixture();

    @Start
    void start(Stage stage) throws Exception {
        fixture.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        fixture.stop();
    }

    @Test
    void aFiredTaskIsDrawnAsABarThatCompletesAndClickingItInspectsIt(FxRobot robot) {
        TimelineView timeline = robot.lookup("#timeline").queryAs(TimelineView.class);
        selectRegistration(robot, "RefreshForecast");
        robot.type(KeyCode.F5);
        waitUntil("the timeline has a bar for RefreshForecast#1", () -> onFx(robot, () -> bar(timeline)).isPresent());
        String id = onFx(robot, () -> bar(timeline)).orElseThrow().id();
        waitUntil("the timeline draws RefreshForecast#1 COMPLETED (drawn: " + drawn(robot, timeline, id) + ")",
                () -> drawn(robot, timeline, id).map(b -> b.lastState() == InstanceState.COMPLETED).orElse(false));
        assertEquals("RefreshForecast#1", drawn(robot, timeline, id).orElseThrow().label());

        robot.interact(() -> timeline.setSelectedInstance(null));
        waitUntil("the inspector is empty", () -> text(robot, "#inspector-title").equals("No instance selected"));
        robot.interact(() -> zoomOnto(timeline, id));
        waitUntil("the zoomed bar is drawn wide", () -> drawn(robot, timeline, id)
                .map(b -> b.onCanvas().getWidth() > 40).orElse(false));
        Bounds body = drawn(robot, timeline, id).orElseThrow().onCanvas();
        robot.clickOn(onFx(robot, () -> skin(timeline).canvasToScreen(body.getCenterX(), body.getCenterY())));
        waitUntil("the inspector shows the clicked instance",
                () -> text(robot, "#inspector-title").equals("RefreshForecast#1")
                        && text(robot, "#inspector-state").equals("COMPLETED"));
        assertEquals(id, timeline.getSelectedInstance());
        assertTrue(robot.lookup("#registry-tree").tryQuery().isPresent());
    }

    /** Shows the bar's run with a second either side, so it is wide enough to click. */
    private static void zoomOnto(TimelineView timeline, String id) {
        InstanceBar bar = timeline.getModel().bar(id);
        timeline.setFollowNow(false);
        timeline.setVisibleDuration(bar.end() - bar.start() + 2_000);
        timeline.setVisibleStart(bar.start() - 1_000);
    }

    private static Optional<InstanceBar> bar(TimelineView timeline) {
        List<InstanceBar> found = new ArrayList<>();
        for (Lane lane : timeline.getModel().lanes()) {
            lane.forEachBar(Long.MIN_VALUE / 4, Long.MAX_VALUE / 4, b -> {
                if (b.label().equals("RefreshForecast#1")) {
                    found.add(b);
                }
            });
        }
        return found.stream().findFirst();
    }

    private static TimelineSkin skin(TimelineView timeline) {
        return (TimelineSkin) timeline.getSkin();
    }

    private static Optional<DrawnBar> drawn(FxRobot robot, TimelineView timeline, String id) {
        return onFx(robot, () -> skin(timeline) == null ? Optional.<DrawnBar>empty() : skin(timeline).drawnBar(id));
    }

    private static <T> T onFx(FxRobot robot, java.util.concurrent.Callable<T> read) {
        try {
            return org.testfx.util.WaitForAsyncUtils.asyncFx(read).get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("could not read the timeline on the FX thread", e);
        }
    }
}
