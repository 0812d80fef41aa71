package dev.bgsim.ui;

import dev.bgsim.engine.Engine;
import dev.bgsim.engine.EngineConfig;
import dev.bgsim.ui.port.EngineSimulatorPort;
import dev.bgsim.ui.prefs.UiPreferences;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window on a real engine with {@link TestPackages#weather()} loaded, for TestFX tests. */
final class MainWindowFixture {
    // Generous: a deadline, not a wait; a loaded 2-core CI machine can take many seconds per step.
    private static final long TIMEOUT_S = 60;
    private MainStage main;
    private EngineSimulatorPort port;
    private Session session;

    void start(Stage stage) throws Exception {
        // Tests that switch time skipping off run tasks in real time; at 0.25x the weather tasks'
        // 30 s time limit is 2 minutes of real time away, so a slow machine cannot reach it
        // before the test has done its clicks (a cancel for EXECUTION_TIME_EXCEEDED instead).
        startEmpty(stage, EngineConfig.defaults().withSpeed(0.25)).load(TestPackages.weather())
                .get(TIMEOUT_S, TimeUnit.SECONDS);
    }

    /** The window on a fresh engine with nothing loaded. */
    EngineSimulatorPort startEmpty(Stage stage) throws Exception {
        return startEmpty(stage, EngineConfig.defaults());
    }

    /** The window on a fresh engine made with {@code config}, nothing loaded. */
    EngineSimulatorPort startEmpty(Stage stage, EngineConfig config) throws Exception {
        Engine engine = Engine.start(config);
        port = new EngineSimulatorPort(engine);
        session = new Session(port);
        Path prefs = Files.createTempDirectory("bgsim-ui-test").resolve("gui.json");
        // Must fit Monocle's headless screen (see MainWindowTest), or its frame buffer overflows.
        Files.writeString(prefs, "{\"x\":0,\"y\":0,\"width\":1580,\"height\":980}");
        main = new MainStage(stage, session, new UiPreferences(prefs));
        main.show();
        return port;
    }

    MainStage main() {
        return main;
    }

    /** The window's session (read models), for checks a screen cannot make. */
    Session session() {
        return session;
    }

    /** Test thread: opens the bundled samples in the window as a first start does (they load in the background). */
    void openBundledSamples(FxRobot robot) throws Exception {
        Path cache = Files.createTempDirectory("bgsim-samples-cache");
        robot.interact(() -> main.openSamples(dev.bgsim.pkg.BundledSamples.ofApplication(cache), null));
    }

    /** Loads another package into the running window's engine. */
    void load(dev.bgsim.engine.packages.SimPackage pkg) throws Exception {
        port.load(pkg).get(TIMEOUT_S, TimeUnit.SECONDS);
    }

    void stop() throws Exception {
        // Close popups (context menus, choice-box lists) so they cannot swallow the next test's clicks.
        WaitForAsyncUtils.asyncFx(() -> List.copyOf(javafx.stage.Window.getWindows()).stream()
                .filter(w -> w instanceof javafx.stage.PopupWindow).forEach(javafx.stage.Window::hide))
                .get(10, TimeUnit.SECONDS);
        if (main != null) {
            WaitForAsyncUtils.asyncFx(main::close).get(10, TimeUnit.SECONDS);
        }
    }

    /**
     * Polls (no fixed sleep) until {@code condition} holds, or fails after the deadline. The
     * condition is evaluated on the FX thread, between two of its tasks: read from the test thread
     * it could see a view half-way through an update (the state label new, the facts still old).
     */
    static void waitUntil(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> onFx(condition));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out after " + TIMEOUT_S + " s waiting until " + what, e);
        }
    }

    /** The text of the labeled node matching {@code query}, or "" when it is not showing; read on the FX thread. */
    static String text(FxRobot robot, String query) {
        return onFx(() -> robot.lookup(query).tryQuery().map(n -> ((Labeled) n).getText()).orElse(""));
    }

    /** Runs {@code read} on the FX thread (directly when already on it) and returns its value. */
    private static <T> T onFx(Callable<T> read) {
        if (javafx.application.Platform.isFxApplicationThread()) {
            try {
                return read.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        try {
            return WaitForAsyncUtils.asyncFx(read).get(TIMEOUT_S, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("reading the window on the FX thread failed", e);
        }
    }

    /** Selects a registration by clicking its name in the packages tree. */
    static void selectRegistration(FxRobot robot, String name) {
        waitUntil(name + " shows in the tree", () -> robot.lookup(name).tryQuery().isPresent());
        robot.clickOn(name);
    }

    /**
     * Opens the packages tree's context menu on the row showing {@code rowText} with a secondary
     * click; headless Monocle does not turn that click into a context-menu request, so then the
     * tree's own menu is shown at that row. Its items are clicked for real afterwards.
     */
    static void openTreeMenu(FxRobot robot, String rowText) {
        robot.clickOn(rowText, javafx.scene.input.MouseButton.SECONDARY);
        if (!contextMenuShowing()) {
            Node cell = robot.lookup(rowText).query();
            javafx.scene.control.TreeView<?> tree = robot.lookup("#registry-tree").queryAs(javafx.scene.control.TreeView.class);
            robot.interact(() -> tree.getContextMenu().show(cell, javafx.geometry.Side.BOTTOM, 0, 0));
        }
        waitUntil("the context menu shows", MainWindowFixture::contextMenuShowing);
    }

    static boolean contextMenuShowing() {
        return javafx.stage.Window.getWindows().stream()
                .anyMatch(w -> w instanceof javafx.scene.control.ContextMenu && w.isShowing());
    }

    /** Switches time skipping off by clicking the switch's thumb, so tasks run in real time. */
    static void timeSkippingOff(FxRobot robot) {
        Node thumb = robot.lookup("#time-skipping .thumb-area").query();
        robot.clickOn(thumb);
        waitUntil("the clock says skipping is off",
                () -> text(robot, "#clock-reason").contains("switched off"));
    }

    /** Picks an entry of a choice box by clicking the box, waiting for its list, and clicking the entry. */
    static void choose(FxRobot robot, String box, String entry) {
        robot.clickOn(box);
        waitUntil(entry + " is offered", () -> javafx.stage.Window.getWindows().stream()
                .anyMatch(w -> w instanceof javafx.scene.control.ContextMenu && w.isShowing()));
        robot.clickOn(entry);
        waitUntil(box + " shows " + entry, () -> {
            javafx.scene.control.ChoiceBox<?> c = robot.lookup(box).queryAs(javafx.scene.control.ChoiceBox.class);
            Object v = c.getValue();
            String shown = v == null ? "" : c.getConverter() == null ? v.toString() : toText(c, v);
            return shown.equals(entry);
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> String toText(javafx.scene.control.ChoiceBox<T> box, Object value) {
        return box.getConverter().toString((T) value);
    }
}
