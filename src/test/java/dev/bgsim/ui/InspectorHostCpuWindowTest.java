package dev.bgsim.ui;

import static dev.bgsim.ui.MainWindowFixture.text;
import static dev.bgsim.ui.MainWindowFixture.waitUntil;

import dev.bgsim.ui.session.RegistrationRecord;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The inspector's CPU time of a task in a child-JVM host: its host process's, from the heartbeats. */
@ExtendWith(ApplicationExtension.class)
class InspectorHostCpuWindowTest {
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
    void aTaskInAChildHostShowsItsHostProcessCpuTime(FxRobot robot) throws Exception {
        fixture.openBundledSamples(robot);
        // Rows move while the samples load: wait until all are in before clicking one.
        waitUntil("the samples are loaded: " + text(robot, "#status-message"),
                () -> text(robot, "#status-message").startsWith("Loaded 4 packages") && busyLoopItem(robot) != null);
        // The gallery lists many registrations; clicking a row that scrolled into view proved flaky under
        // Monocle, so BusyLoop is selected through the tree's selection model, then fired with the Fire button.
        robot.interact(() -> {
            TreeView<Object> tree = tree(robot);
            TreeItem<Object> item = busyLoopItem(robot);
            tree.scrollTo(tree.getRow(item));
            tree.getSelectionModel().select(item);
        });
        waitUntil("BusyLoop is selected", () -> tree(robot).getSelectionModel().getSelectedItem() == busyLoopItem(robot));
        robot.clickOn("#action-fire");
        waitUntil("the inspector shows BusyLoop#1 (status: " + text(robot, "#status-message") + ")",
                () -> text(robot, "#inspector-title").equals("BusyLoop#1"));
        waitUntil("the CPU time row shows its host process's time: " + text(robot, "#inspector-cpu-time"),
                () -> text(robot, "#inspector-cpu-time")
                        .matches("(\\d+ ms|\\d+\\.\\d\\d s) \\(its host process in all, JVM start-up included\\)"));
        // Closing the window ends the engine, which kills the host and its busy loop.
    }

    @SuppressWarnings("unchecked")
    private static TreeView<Object> tree(FxRobot robot) {
        return robot.lookup("#registry-tree").queryAs(TreeView.class);
    }

    private static TreeItem<Object> busyLoopItem(FxRobot robot) {
        for (TreeItem<Object> pkg : tree(robot).getRoot().getChildren()) {
            for (TreeItem<Object> child : pkg.getChildren()) {
                if (child.getValue() instanceof RegistrationRecord r && r.name().equals("BusyLoop")) {
                    return child;
                }
            }
        }
        return null;
    }
}
