package dev.bgsim.ui;

import static dev.bgsim.ui.MainWindowFixture.openTreeMenu;
import static dev.bgsim.ui.MainWindowFixture.selectRegistration;
import static dev.bgsim.ui.MainWindowFixture.text;
import static dev.bgsim.ui.MainWindowFixture.timeSkippingOff;
import static dev.bgsim.ui.MainWindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The packages tree's declared tasks (SPEC 5) and its system-wide context actions: raise a
 * system event, log off; and the inspector's elapsed gauge across a host suspension (SPEC 3.7).
 */
@ExtendWith(ApplicationExtension.class)
class TreeMenusWindowTest {
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
    void declaredTasksShowUnderThePackageAndRegisterFromTheirOwnRow(FxRobot robot) {
        waitUntil("the package lists its declared tasks", () -> robot.lookup("Declared tasks").tryQuery().isPresent());
        assertTrue(rowShows(robot, "Declared tasks", "3 in the manifest"));
        robot.doubleClickOn("Declared tasks");
        waitUntil("the declared tasks show", () -> robot.lookup("CooperativeTask").tryQuery().isPresent());
        assertTrue(rowShows(robot, "CooperativeTask", "systemEvent · out-of-process, the package's default host"),
                "the row says its task types and where it runs");

        robot.clickOn("CooperativeTask");
        openTreeMenu(robot, "CooperativeTask");
        TreeView<?> tree = robot.lookup("#registry-tree").queryAs(TreeView.class);
        assertTrue(tree.getContextMenu().getItems().stream().filter(m -> "Fire".equals(m.getText())).allMatch(m -> m.isDisable()),
                "a declared task is not registered: Fire does not apply to it");
        robot.clickOn("Register declared task…");
        waitUntil("the register dialog shows", () -> robot.lookup("#register-dialog").tryQuery().isPresent());
        assertEquals("dev.bgsim.engine.tasks.CooperativeTask",
                robot.lookup("#register-task").queryAs(ChoiceBox.class).getValue(), "the right-clicked task comes first");
        assertEquals("CooperativeTaskByHand", robot.lookup("#register-name").queryAs(TextField.class).getText());
        robot.clickOn("#register-ok");
        waitUntil("the tree lists CooperativeTaskByHand (status: " + text(robot, "#status-message") + ")",
                () -> robot.lookup("CooperativeTaskByHand").tryQuery().isPresent());
    }

    @Test
    void refreshesUnderEventsKeepTheDeclaredTaskRowsAsTheyAre(FxRobot robot) throws Exception {
        waitUntil("the package lists its declared tasks", () -> robot.lookup("Declared tasks").tryQuery().isPresent());
        TreeView<?> tree = robot.lookup("#registry-tree").queryAs(TreeView.class);
        javafx.scene.control.TreeItem<?> folder = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> declaredFolder(tree.getRoot()))
                .get(30, java.util.concurrent.TimeUnit.SECONDS);
        Object shown = folder.getValue();
        int[] valueChanges = {0};
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> folder.addEventHandler(
                javafx.scene.control.TreeItem.valueChangedEvent(), e -> valueChanges[0]++)).get(30, java.util.concurrent.TimeUnit.SECONDS);
        timeSkippingOff(robot);
        openTreeMenu(robot, "RefreshForecast");
        robot.clickOn("Raise system event");
        fireSubmenuItem(robot, "menu-raise-system-event", "raise-TIME_ZONE_CHANGE");
        waitUntil("SyncRadar#1 runs in the tree", () -> robot.lookup("SyncRadar#1").tryQuery().isPresent());
        // A new value on a tree item makes the tree rebuild every row (and, measured, the window
        // repaint in full): an unchanged declared-tasks row keeps the value it has.
        assertEquals(0, valueChanges[0], "the declared-tasks row was given a new value by a refresh");
        assertTrue(folder.getValue() == shown, "the same value object stays on the row");
    }

    private static javafx.scene.control.TreeItem<?> declaredFolder(javafx.scene.control.TreeItem<?> item) {
        if (item.getValue() != null && item.getValue().getClass().getName().endsWith("DeclaredTaskRow$Folder")) {
            return item;
        }
        for (javafx.scene.control.TreeItem<?> child : item.getChildren()) {
            javafx.scene.control.TreeItem<?> found = declaredFolder(child);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    @Test
    void raisingASystemEventFromTheTreeFiresEveryRegistrationListeningForIt(FxRobot robot) {
        timeSkippingOff(robot);
        openTreeMenu(robot, "RefreshForecast");
        robot.clickOn("Raise system event");
        fireSubmenuItem(robot, "menu-raise-system-event", "raise-TIME_ZONE_CHANGE");
        waitUntil("the status says it was raised", () -> text(robot, "#status-message").equals("raised TIME_ZONE_CHANGE"));
        // All three weather registrations listen for TIME_ZONE_CHANGE; SyncRadar runs until cancelled.
        waitUntil("SyncRadar#1 runs in the tree", () -> robot.lookup("SyncRadar#1").tryQuery().isPresent());
    }

    @Test
    void loggingThePackagesUserOffCancelsItsTasksWithLoggingOff(FxRobot robot) {
        timeSkippingOff(robot);
        selectRegistration(robot, "SyncRadar");
        robot.type(KeyCode.F5);
        waitUntil("SyncRadar#1 runs", () -> text(robot, "#inspector-state").equals("RUNNING"));
        openTreeMenu(robot, "SyncRadar");
        robot.clickOn("Log off");
        fireSubmenuItem(robot, "menu-log-off", "log-off-package");
        waitUntil("the inspector shows CANCELED (status: " + text(robot, "#status-message") + ")",
                () -> text(robot, "#inspector-state").equals("CANCELED"));
        assertEquals("LOGGING_OFF", text(robot, "#inspector-cancellation"));
    }

    @Test
    void theElapsedGaugeLeavesOutTheTimeTheHostWasSuspended(FxRobot robot) {
        timeSkippingOff(robot);
        selectRegistration(robot, "SyncRadar");
        robot.type(KeyCode.F5);
        waitUntil("SyncRadar#1 runs", () -> text(robot, "#inspector-state").equals("RUNNING"));
        waitUntil("a host is listed", () -> robot.lookup("#host-list .list-cell .label").tryQuery().isPresent());
        robot.clickOn("#host-list .list-cell");
        robot.clickOn("#host-suspend");
        waitUntil("the gauge says the limit is paused", () -> gauge(robot).endsWith("(paused while suspended)"));
        String paused = gauge(robot);
        java.time.Instant pausedAt = fixture.session().simulation().nowProperty().get();
        waitUntil("a simulated second passes while suspended", () -> java.time.Duration.between(pausedAt,
                fixture.session().simulation().nowProperty().get()).toMillis() >= 1000);
        assertEquals(paused.substring(0, paused.indexOf(" of ")), gauge(robot).substring(0, gauge(robot).indexOf(" of ")),
                "the elapsed figure stands still while the host is suspended");

        robot.clickOn("#host-resume");
        waitUntil("the gauge counts again and says what it leaves out: " + gauge(robot),
                () -> gauge(robot).matches("\\d+\\.\\d s of 30\\.0 s, not counting \\d+\\.\\d s suspended"));
    }

    private static String gauge(FxRobot robot) {
        return MainWindowFixture.text(robot, "#inspector-time-text");
    }

    /** Whether the tree row showing {@code name} also shows {@code detail}. */
    private static boolean rowShows(FxRobot robot, String name, String detail) {
        javafx.scene.Node label = robot.lookup(name).query();
        javafx.scene.Parent row = label.getParent();
        return row.getChildrenUnmodifiable().stream()
                .anyMatch(n -> n instanceof Labeled l && detail.equals(l.getText()));
    }

    /**
     * Fires an item of a submenu of the tree's real context menu: headless Monocle cannot hit-test
     * the nested popup (see MainWindowTest), so the item is fired directly once its menu is open.
     */
    private static void fireSubmenuItem(FxRobot robot, String menuId, String itemId) {
        TreeView<?> tree = robot.lookup("#registry-tree").queryAs(TreeView.class);
        Menu menu = (Menu) tree.getContextMenu().getItems().stream()
                .filter(m -> menuId.equals(m.getId())).findFirst().orElseThrow();
        robot.interact(() -> menu.getItems().stream().filter(m -> itemId.equals(m.getId()))
                .findFirst().orElseThrow().fire());
    }
}
