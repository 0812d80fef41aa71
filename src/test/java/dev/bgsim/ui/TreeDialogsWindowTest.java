package dev.bgsim.ui;

import static dev.bgsim.ui.MainWindowFixture.openTreeMenu;
import static dev.bgsim.ui.MainWindowFixture.selectRegistration;
import static dev.bgsim.ui.MainWindowFixture.text;
import static dev.bgsim.ui.MainWindowFixture.timeSkippingOff;
import static dev.bgsim.ui.MainWindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bgsim.sdk.BackgroundTaskCancellationReason;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The packages tree's dialogs: register a declared task by hand, and Ctrl+K's cancel with a chosen reason. */
@ExtendWith(ApplicationExtension.class)
class TreeDialogsWindowTest {
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
    void aDeclaredTaskRegisteredByHandShowsInTheTreeAndFires(FxRobot robot) {
        selectRegistration(robot, "RefreshForecast");
        openTreeMenu(robot, "RefreshForecast");
        robot.clickOn("Register declared task…");
        waitUntil("the register dialog shows", () -> robot.lookup("#register-dialog").tryQuery().isPresent());
        // The selected registration's task is offered first, under a name made from it.
        TextField name = robot.lookup("#register-name").queryAs(TextField.class);
        assertEquals("SleepTaskByHand", name.getText());
        robot.interact(name::clear);
        robot.clickOn(name).write("Forecast2");
        MainWindowFixture.choose(robot, "#register-trigger", "SystemTrigger");
        robot.clickOn("#register-ok");

        waitUntil("the tree lists Forecast2 (status: " + text(robot, "#status-message") + ")",
                () -> robot.lookup("Forecast2").tryQuery().isPresent());
        waitUntil("the status says it was registered", () -> text(robot, "#status-message")
                .startsWith("registered Forecast2: dev.bgsim.engine.tasks.SleepTask on SystemTrigger(systemTriggerType=TIME_ZONE_CHANGE"));
        selectRegistration(robot, "Forecast2");
        robot.type(KeyCode.F5);
        waitUntil("the inspector shows Forecast2#1 COMPLETED", () -> text(robot, "#inspector-title").equals("Forecast2#1")
                && text(robot, "#inspector-state").equals("COMPLETED"));
    }

    @Test
    void ctrlKAsksForTheReasonAndCancelsWithIt(FxRobot robot) {
        timeSkippingOff(robot);
        selectRegistration(robot, "SyncRadar");
        robot.type(KeyCode.F5);
        waitUntil("SyncRadar#1 runs", () -> text(robot, "#inspector-state").equals("RUNNING"));
        robot.push(KeyCode.SHORTCUT, KeyCode.K);
        waitUntil("the cancel dialog shows", () -> robot.lookup("#cancel-dialog").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<BackgroundTaskCancellationReason> reasons = robot.lookup("#cancel-dialog .combo-box").queryAs(ComboBox.class);
        assertEquals(BackgroundTaskCancellationReason.ABORT, reasons.getValue());
        robot.interact(() -> reasons.setValue(BackgroundTaskCancellationReason.IDLE_TASK));
        robot.clickOn("OK");
        waitUntil("the inspector shows CANCELED", () -> text(robot, "#inspector-state").equals("CANCELED"));
        assertEquals("IDLE_TASK", text(robot, "#inspector-cancellation"));
    }

    @Test
    void typingASpaceInTheLogSearchTypesItAndDoesNotPauseTheClock(FxRobot robot) {
        robot.clickOn("#log-search").write("run returned");
        waitUntil("the search box holds what was typed",
                () -> robot.lookup("#log-search").queryAs(TextField.class).getText().equals("run returned"));
        assertEquals(false, fixture.session().simulation().pausedProperty().get(), "Space typed into a text box paused the clock");
        // Outside a text box Space is the play/pause shortcut.
        robot.clickOn("#registry-tree");
        robot.type(KeyCode.SPACE);
        waitUntil("Space on the tree pauses the clock", () -> fixture.session().simulation().pausedProperty().get());
    }
}
