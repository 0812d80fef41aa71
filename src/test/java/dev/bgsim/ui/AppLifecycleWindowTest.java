package dev.bgsim.ui;

import static dev.bgsim.ui.MainWindowFixture.text;
import static dev.bgsim.ui.MainWindowFixture.timeSkippingOff;
import static dev.bgsim.ui.MainWindowFixture.waitUntil;

import dev.bgsim.engine.EngineConfig;

import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The app panel: launch the official sample's app, suspend it and resume it; the window shows each state. */
@ExtendWith(ApplicationExtension.class)
class AppLifecycleWindowTest {
    static {
        System.setProperty("headless.geometry", "1600x1000-32");
    }

    private final MainWindowFixture fixture = new MainWindowFixture();

    @Start
    void start(Stage stage) throws Exception {
        // A resumed app is in the background, and the system suspends it after the profile's
        // 10 s there (SPEC 3.9): with time skipping on, as soon as the engine goes idle, so on a
        // slow machine before the test could click Restore. With skipping off at a quarter of real
        // speed the test has 40 s of real time for that click.
        fixture.startEmpty(stage, EngineConfig.defaults().withSpeed(0.25));
    }

    @AfterEach
    void stop() throws Exception {
        fixture.stop();
    }

    @Test
    void suspendingAndResumingTheAppShowsInTheAppPanelAndTheEventLog(FxRobot robot) throws Exception {
        fixture.openBundledSamples(robot);
        timeSkippingOff(robot);
        ChoiceBox<?> appPackage = robot.lookup("#app-package").queryAs(ChoiceBox.class);
        waitUntil("the app panel shows the official sample (status: " + text(robot, "#status-message") + ")",
                () -> "Samples.BackgroundTask".equals(appPackage.getValue()));
        waitUntil("the app is not running", () -> text(robot, "#app-state").equals("NOT_RUNNING"));

        robot.clickOn("#app-launch");
        waitUntil("the app runs (status: " + text(robot, "#status-message") + ")",
                () -> text(robot, "#app-state").equals("RUNNING"));
        robot.clickOn("#app-suspend");
        waitUntil("the app shows SUSPENDED (status: " + text(robot, "#status-message") + ")",
                () -> text(robot, "#app-state").equals("SUSPENDED"));
        // A resumed app is not in front until the user restores its window (SPEC 3.9).
        robot.clickOn("#app-resume");
        waitUntil("the app runs again, in the background (status: " + text(robot, "#status-message") + ")",
                () -> text(robot, "#app-state").equals("RUNNING_IN_BACKGROUND"));
        robot.clickOn("#app-restore");
        waitUntil("the app is in front again (status: " + text(robot, "#status-message") + ")",
                () -> text(robot, "#app-state").equals("RUNNING"));

        TableView<?> log = robot.lookup("#event-log").queryAs(TableView.class);
        waitUntil("the event log lists the app going to SUSPENDED and running again", () -> {
            String all = String.join("\n", log.getItems().stream().map(Object::toString).toList());
            int suspended = all.indexOf("to=SUSPENDED");
            return suspended >= 0 && all.indexOf("to=RUNNING", suspended) > suspended;
        });
    }
}
