package dev.bgsim.ui;

import static dev.bgsim.ui.MainWindowFixture.text;
import static dev.bgsim.ui.MainWindowFixture.waitUntil;

import dev.bgsim.ui.appstate.AppPanelView;
import dev.bgsim.ui.appstate.SettingRow;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 7: a first-time user runs the official sample's scenarios by hand from the window. The app
 * has no window of its own; the app panel shows the buttons it publishes and its LocalSettings,
 * where its pages' status lines appear.
 */
@ExtendWith(ApplicationExtension.class)
class AppButtonsWindowTest {
    static {
        System.setProperty("headless.geometry", "1600x1000-32");
    }

    private static final String SAMPLE = "Samples.BackgroundTask";
    private final MainWindowFixture fixture = new MainWindowFixture();

    @Start
    void start(Stage stage) throws Exception {
        fixture.startEmpty(stage);
    }

    @AfterEach
    void stop() throws Exception {
        fixture.stop();
    }

    @Test
    void theOfficialSamplesButtonsRegisterFireAndSignalFromTheAppPanel(FxRobot robot) throws Exception {
        fixture.openBundledSamples(robot);
        javafx.scene.control.ChoiceBox<?> appPackage = robot.lookup("#app-package").queryAs(javafx.scene.control.ChoiceBox.class);
        waitUntil("the app panel shows the official sample (shows " + appPackage.getValue() + ")",
                () -> SAMPLE.equals(appPackage.getValue()));
        waitUntil("before the first launch the panel says how to get the buttons",
                () -> robot.lookup("#app-buttons-hint").tryQuery().isPresent());

        // Real time, no skipping: the time-triggered task would otherwise start at the first quarter-hour
        // the clock jumps to, and a tree that changes under the mouse makes the fire below hit another row.
        MainWindowFixture.timeSkippingOff(robot);
        robot.clickOn("#app-launch");
        await(robot, "the app runs and the first launch registered the system-event task",
                () -> text(robot, "#app-state").equals("RUNNING")
                        && "Registered".equals(setting(robot, "Status:SampleBackgroundTask")));

        press(robot, "Unregister SampleBackgroundTask");
        await(robot, "the status line says Unregistered",
                () -> "Unregistered".equals(setting(robot, "Status:SampleBackgroundTask")));
        press(robot, "Register SampleBackgroundTask");
        await(robot, "the status line says Registered",
                () -> "Registered".equals(setting(robot, "Status:SampleBackgroundTask")));

        // Fire it as the system would: from the packages tree, like a time zone change.
        selectInTree(robot, "SampleBackgroundTask");
        robot.type(javafx.scene.input.KeyCode.F5);
        await(robot, "the task ran to completion and the app's status line says so",
                () -> "Registered - Completed".equals(setting(robot, "Status:SampleBackgroundTask")));

        press(robot, "Signal");
        await(robot, "the Signal button's result shows",
                () -> "Signal result: ALLOWED".equals(setting(robot, "SignalResult")));
    }

    /** Waits as {@link MainWindowFixture#waitUntil} does; a failure shows the settings and the status line as they are then. */
    private static void await(FxRobot robot, String what, java.util.concurrent.Callable<Boolean> condition) {
        try {
            waitUntil(what, condition);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\nLocalSettings: " + settings(robot) + "\nstatus: "
                    + text(robot, "#status-message"), e);
        }
    }

    /**
     * Selects registration {@code name} by clicking its tree cell (its name also shows in the
     * settings table and on buttons), again until it is the selected one: rows move while the app registers.
     */
    private static void selectInTree(FxRobot robot, String name) throws Exception {
        javafx.scene.control.TreeView<?> tree = robot.lookup("#registry-tree").queryAs(javafx.scene.control.TreeView.class);
        java.util.function.Predicate<Node> row = n -> n instanceof javafx.scene.control.TreeCell<?> c
                && c.getItem() instanceof dev.bgsim.ui.session.RegistrationRecord r && r.name().equals(name);
        waitUntil(name + " shows in the tree", () -> robot.from(tree).lookup(".tree-cell").match(row).tryQuery().isPresent());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!selected(tree, name)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("could not select " + name + " in the tree");
            }
            robot.clickOn(robot.from(tree).lookup(".tree-cell").match(row).<Node>query());
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private static boolean selected(javafx.scene.control.TreeView<?> tree, String name) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            var item = tree.getSelectionModel().getSelectedItem();
            return item != null && item.getValue() instanceof dev.bgsim.ui.session.RegistrationRecord r && r.name().equals(name);
        }).get(30, TimeUnit.SECONDS);
    }

    /** Clicks the app's button that presses {@code command}, scrolled into view first, as a user would. */
    private static void press(FxRobot robot, String command) throws Exception {
        waitUntil("the app panel shows the button \"" + command + "\"", () -> button(robot, command).isPresent());
        Button b = button(robot, command).orElseThrow();
        WaitForAsyncUtils.asyncFx(() -> scrollIntoView(b)).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(b);
    }

    private static Optional<Button> button(FxRobot robot, String command) {
        return robot.lookup("." + AppPanelView.APP_COMMAND).match(n -> command.equals(n.getUserData()))
                .tryQuery().map(Button.class::cast);
    }

    /** Moves the app panel's scroll pane so that {@code node} is inside its viewport. */
    private static void scrollIntoView(Node node) {
        Node p = node.getParent();
        while (p != null && !(p instanceof ScrollPane)) {
            p = p.getParent();
        }
        if (!(p instanceof ScrollPane scroll)) {
            return;
        }
        Node content = scroll.getContent();
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double free = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
        if (free > 0) {
            double v = (inContent.getMinY() - scroll.getViewportBounds().getHeight() / 3) / free;
            scroll.setVvalue(Math.max(0, Math.min(1, v)));
        }
    }

    /** A value of the selected package's LocalSettings as the panel's table shows it, or null. */
    @SuppressWarnings("unchecked")
    private static String setting(FxRobot robot, String key) {
        javafx.scene.control.ListView<SettingRow> table = robot.lookup("#app-settings").queryAs(javafx.scene.control.ListView.class);
        return table.getItems().stream().filter(r -> r.key().equals(key)).map(SettingRow::value).findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static String settings(FxRobot robot) {
        return robot.lookup("#app-settings").queryAs(javafx.scene.control.ListView.class).getItems().toString();
    }
}
