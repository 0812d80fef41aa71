package dev.bgsim.ui;

import static dev.bgsim.ui.MainWindowFixture.text;
import static dev.bgsim.ui.MainWindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bgsim.pkg.TestPackageBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** SPEC 5: the window opens with the bundled samples, ready to fire; package files load with errors shown in words. */
@ExtendWith(ApplicationExtension.class)
class SamplesWindowTest {
    static {
        System.setProperty("headless.geometry", "1600x1000-32");
    }

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
    void bundledSamplesLoadAndTheOfficialSampleAppRegistersATaskThatFiresFromTheTree(FxRobot robot) throws Exception {
        fixture.openBundledSamples(robot);
        waitUntil("the status says the samples loaded (" + text(robot, "#status-message") + ")",
                () -> text(robot, "#status-message").startsWith("Loaded 4 packages (bgsim's bundled samples)"));
        waitUntil("the cancellation gallery's registrations show", () -> robot.lookup("Samples.CancellationGallery").tryQuery().isPresent());
        javafx.scene.control.ChoiceBox<?> appPackage = robot.lookup("#app-package").queryAs(javafx.scene.control.ChoiceBox.class);
        waitUntil("the app panel shows the first sample, the official one (shows " + appPackage.getValue() + " of "
                + appPackage.getItems() + ")", () -> "Samples.BackgroundTask".equals(appPackage.getValue()));
        robot.clickOn("#app-launch");
        waitUntil("the app runs", () -> text(robot, "#app-state").equals("RUNNING"));
        clickInTree(robot, "SampleBackgroundTask");
        robot.type(KeyCode.F5);
        waitUntil("the inspector shows SampleBackgroundTask#1 COMPLETED (it shows " + text(robot, "#inspector-title") + " "
                + text(robot, "#inspector-state") + "; status: " + text(robot, "#status-message") + ")",
                () -> text(robot, "#inspector-title").equals("SampleBackgroundTask#1")
                        && text(robot, "#inspector-state").equals("COMPLETED"));
    }

    /** Clicks the tree row of registration {@code name}: its cell, which outlives the labels redrawn each pulse. */
    private static void clickInTree(FxRobot robot, String name) {
        javafx.scene.Node tree = robot.lookup("#registry-tree").query();
        java.util.function.Predicate<javafx.scene.Node> row = n -> n instanceof javafx.scene.control.TreeCell<?> c
                && c.getItem() instanceof dev.bgsim.ui.session.RegistrationRecord r && r.name().equals(name);
        waitUntil(name + " shows in the tree", () -> robot.from(tree).lookup(".tree-cell").match(row).tryQuery().isPresent());
        javafx.scene.control.TreeView<?> view = (javafx.scene.control.TreeView<?>) tree;
        java.util.concurrent.Callable<Boolean> selected = () -> view.getSelectionModel().getSelectedItem() != null
                && view.getSelectionModel().getSelectedItem().getValue() instanceof dev.bgsim.ui.session.RegistrationRecord r
                && r.name().equals(name);
        // Rows move while the app is still registering; click again until the row clicked is the one selected.
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (!call(selected)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("could not select " + name + " in the tree");
            }
            robot.clickOn(robot.from(tree).lookup(".tree-cell").match(row).<javafx.scene.Node>query());
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private static boolean call(java.util.concurrent.Callable<Boolean> c) {
        try {
            return c.call();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aBrokenPackageIsRefusedWithItsDiagnosticsInTheStatusArea(FxRobot robot) throws Exception {
        Path dir = Files.createTempDirectory("bgsim-broken");
        Path bad = TestPackageBuilder.named("Bad").manifestJson("{ \"identity\": { \"name\": \"Bad\", \"version\": \"1\" },\n"
                + "  \"backgroundTasks\": [ { \"entryPoint\": \"tasks.T\", \"taskTypes\": [\"Timer\"] } ] }").buildJar(dir);
        robot.interact(() -> fixture.main().open(List.of(bad)));
        waitUntil("the status shows the diagnostic (" + text(robot, "#status-message") + ")",
                () -> text(robot, "#status-message").contains("Bad.jar!/bgsim-manifest.json:2:"));
        assertTrue(text(robot, "#status-message").contains("error: unknown task type"), text(robot, "#status-message"));
        assertTrue(robot.lookup("#status-message").query().getStyleClass().contains(dev.bgsim.ui.theme.UiStyles.STATUS_ERROR));
    }

    @Test
    void reloadFromTheTreeReadsTheFilesAgain(FxRobot robot) throws Exception {
        Path dir = Files.createTempDirectory("bgsim-reload");
        Path jar = TestPackageBuilder.named("Reloadable").task("tasks.T", "systemEvent")
                .registration("{ \"name\": \"Tick\", \"entryPoint\": \"tasks.T\","
                        + " \"trigger\": { \"type\": \"system\", \"systemTriggerType\": \"TIME_ZONE_CHANGE\" } }")
                .buildJar(dir);
        fixture.main().open(List.of(jar)).get(60, TimeUnit.SECONDS);
        TestPackageBuilder.named("Reloadable").version("1.1.0.0").task("tasks.T", "systemEvent")
                .registration("{ \"name\": \"Tick\", \"entryPoint\": \"tasks.T\","
                        + " \"trigger\": { \"type\": \"system\", \"systemTriggerType\": \"TIME_ZONE_CHANGE\" } }")
                .buildJar(dir);
        clickInTree(robot, "Tick");
        javafx.scene.control.TreeView<?> tree = robot.lookup("#registry-tree").queryAs(javafx.scene.control.TreeView.class);
        robot.interact(() -> tree.getContextMenu().getItems().stream()
                .filter(m -> "reload-package-menu".equals(m.getId()) || (m.getText() != null && m.getText().equals("Reload package")))
                .findFirst().orElseThrow().fire());
        waitUntil("the status says it was updated (" + text(robot, "#status-message") + ")",
                () -> text(robot, "#status-message").contains("updated Reloadable from 1.0.0.0 to 1.1.0.0"));
        waitUntil("the tree shows the new version", () -> robot.lookup("v1.1.0.0").tryQuery().isPresent());
    }
}
