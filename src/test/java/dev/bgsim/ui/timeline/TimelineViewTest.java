package dev.bgsim.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {
    private static final long WAIT_SECONDS = 30;

    private TimelineModel model;
    private TimelineView view;

    @Start
    void start(Stage stage) {
        model = new TimelineModel();
        model.addLane("app", LaneKind.APP_STATE, "App", 0);
        model.setState("app", 0, "Running", SpanTone.GOOD);
        model.addLane("reg:sync", LaneKind.REGISTRATION, "Sync", 0);
        model.addLane("reg:push", LaneKind.REGISTRATION, "Push", 1);
        model.addMark("reg:sync", MarkKind.TRIGGER, 1_000, "TimeTrigger", "a1");
        model.startBar("reg:sync", "a1", "Sync #1", 1_000, InstanceState.RUNNING, false);
        model.addProgress("a1", 3_000, 40);
        model.endBar("a1", 5_000, InstanceState.COMPLETED);
        model.startBar("reg:sync", "a2", "Sync #2", 6_000, InstanceState.RUNNING, false);
        model.startBar("reg:push", "b1", "Push #1", 2_000, InstanceState.RUNNING, true);
        model.changeBarState("b1", 4_000, InstanceState.CANCEL_REQUESTED);
        model.setBarReason("b1", "EXECUTION_TIME_EXCEEDED");
        view = new TimelineView(model);
        view.setFollowNow(false);
        view.setNow(9_000);
        view.setVisibleStart(0);
        view.setVisibleDuration(10_000);
        Scene scene = new Scene(new StackPane(view), 1_000, 400);
        scene.getStylesheets().add(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @BeforeEach
    void waitForFirstPaint() throws TimeoutException {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> skin() != null && skin().barBounds("a1") != null);
    }

    private TimelineSkin skin() {
        return (TimelineSkin) view.getSkin();
    }

    /** The screen point at the middle of an instance's bar, as last painted. */
    private Point2D centreOf(String instanceId) {
        Bounds bar = skin().barBounds(instanceId);
        return skin().canvas().localToScreen(bar.getCenterX(), bar.getCenterY());
    }

    private Point2D emptyLanePoint() {
        Bounds bar = skin().barBounds("a1");
        return skin().canvas().localToScreen(skin().canvas().getWidth() - 20, bar.getMaxY() + 60);
    }

    @Test
    void clickingABarSelectsItsInstanceAndClickingNothingClearsIt(FxRobot robot) throws TimeoutException {
        robot.clickOn(centreOf("b1"));
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> "b1".equals(view.getSelectedInstance()));
        robot.clickOn(centreOf("a1"));
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> "a1".equals(view.getSelectedInstance()));
        robot.clickOn(emptyLanePoint());
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> view.getSelectedInstance() == null);
        assertNull(view.getSelectedInstance());
    }

    @Test
    void hoveringABarShowsItsDetailsInATooltip(FxRobot robot) throws TimeoutException {
        robot.moveTo(centreOf("b1"));
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> skin().tooltip().isShowing());
        String text = skin().tooltip().getText();
        assertTrue(text.contains("Push #1"), text);
        assertTrue(text.contains("Cancel requested"), text);
        assertTrue(text.contains("EXECUTION_TIME_EXCEEDED"), text);
        assertTrue(text.contains("forced"), text);
        assertEquals("b1", ((InstanceBar) view.getHoveredItem()).id());
        robot.moveTo(emptyLanePoint());
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> !skin().tooltip().isShowing());
    }

    @Test
    void wheelZoomsAroundTheCursor(FxRobot robot) throws TimeoutException {
        Point2D point = centreOf("a1");
        double before = view.getVisibleDuration();
        double timeUnderCursor = skin().timeAt(skin().canvas().screenToLocal(point).getX());
        robot.moveTo(point).scroll(2, VerticalDirection.UP);
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> view.getVisibleDuration() != before);
        WaitForAsyncUtils.waitForFxEvents();
        double after = view.getVisibleDuration();
        double x = skin().canvas().screenToLocal(point).getX();
        double start = view.getVisibleStart();
        double width = skin().canvas().getWidth() - skin().headerWidth();
        double timeNow = start + (x - skin().headerWidth()) * after / width;
        assertEquals(timeUnderCursor, timeNow, after / width * 2, "the time under the cursor stays put");
        robot.scroll(4, VerticalDirection.DOWN);
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> view.getVisibleDuration() != after);
        assertNotEquals(after, view.getVisibleDuration());
    }

    @Test
    void draggingPansAndTurnsFollowOffAndDoubleClickTurnsItBackOn(FxRobot robot) throws TimeoutException {
        robot.interact(() -> view.setFollowNow(true));
        double startBefore = view.getVisibleStart();
        double msPerPixel = skin().msPerPixel();
        robot.drag(emptyLanePoint(), MouseButton.PRIMARY).moveBy(-150, 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> !view.isFollowNow());
        assertEquals(startBefore + 150 * msPerPixel, view.getVisibleStart(), 5 * msPerPixel, "dragged left: later times come into view");
        assertFalse(view.isFollowNow());
        robot.doubleClickOn(emptyLanePoint());
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, view::isFollowNow);
        assertEquals(9_000 - view.getVisibleDuration() * TimelineWindow.FOLLOW_POSITION, view.getVisibleStart(), 1);
    }

    @Test
    void keysZoomPanAndFollow(FxRobot robot) throws TimeoutException {
        robot.clickOn(emptyLanePoint());
        double duration = view.getVisibleDuration();
        robot.type(KeyCode.MINUS);
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> view.getVisibleDuration() > duration);
        double start = view.getVisibleStart();
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> view.getVisibleStart() > start);
        robot.type(KeyCode.F);
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, view::isFollowNow);
    }

    @Test
    void aBurstOfModelChangesIsPaintedOnceNotOncePerChange(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        long before = skin().paintCount;
        robot.interact(() -> {
            for (int i = 0; i < 500; i++) {
                model.addProgress("a2", 6_000 + i, i % 101);
                view.setNow(9_000 + i);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        long paints = skin().paintCount - before;
        assertTrue(paints >= 1 && paints <= 3, "1,000 changes in one batch led to " + paints + " paints");
    }
}
