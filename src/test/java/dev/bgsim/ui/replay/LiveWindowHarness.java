package dev.bgsim.ui.replay;

import dev.bgsim.engine.Engine;
import dev.bgsim.engine.EngineConfig;
import dev.bgsim.engine.packages.BasicPackage;
import dev.bgsim.engine.tasks.CooperativeTask;
import dev.bgsim.engine.tasks.DeferredTimerTask;
import dev.bgsim.engine.tasks.SleepTask;
import dev.bgsim.sdk.SystemTrigger;
import dev.bgsim.sdk.SystemTriggerType;
import dev.bgsim.ui.MainStage;
import dev.bgsim.ui.Session;
import dev.bgsim.ui.port.EngineSimulatorPort;
import dev.bgsim.ui.prefs.UiPreferences;
import dev.bgsim.ui.timeline.InstanceBar;
import dev.bgsim.ui.timeline.Lane;
import dev.bgsim.ui.timeline.TimelineModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The live main window on a real engine, recorded into a temporary workspace by the
 * {@link GuiRecorder} with the File menu installed, as {@code BgsimApp} does; and what tests read
 * off the windows (on the FX thread, polled with a deadline).
 */
final class LiveWindowHarness {
    static final long TIMEOUT_S = 60;
    static final String PACKAGE = "dev.bgsim.replay.Weather";

    Engine engine;
    EngineSimulatorPort port;
    Session session;
    MainStage main;
    GuiRecorder recorder;
    RecordingOpener opener;
    RecordingMenus menus;
    final List<String> problems = new java.util.concurrent.CopyOnWriteArrayList<>();

    private Stage primary;

    void start(Stage stage, Path workspace) throws Exception {
        primary = stage;
        EngineConfig config = EngineConfig.defaults();
        engine = Engine.start(config);
        port = new EngineSimulatorPort(engine);
        session = new Session(port);
        Path prefs = Files.createDirectories(workspace.resolve("prefs")).resolve("gui.json");
        // Must fit Monocle's headless screen, or its frame buffer overflows.
        Files.writeString(prefs, "{\"x\":0,\"y\":0,\"width\":1580,\"height\":980}");
        main = new MainStage(stage, session, new UiPreferences(prefs));
        RecordingsFolder folder = new RecordingsFolder(workspace.resolve("recordings"));
        recorder = new GuiRecorder(engine, config, folder, Clock.systemUTC());
        opener = new RecordingOpener(folder, problems::add);
        main.show();
        menus = LiveRecordings.install(stage, main, session.status(), recorder, opener, null);
        recorder.start();
    }

    /** Three registrations of real test tasks, all on one system trigger. */
    static BasicPackage weather() {
        return BasicPackage.builder(PACKAGE)
                .version("1.0.0.0")
                .task(SleepTask.class, "systemEvent")
                .task(CooperativeTask.class, "systemEvent")
                .task(DeferredTimerTask.class, "systemEvent")
                .registration("RefreshForecast", SleepTask.class, new SystemTrigger(SystemTriggerType.TIME_ZONE_CHANGE, false))
                .registration("SyncRadar", CooperativeTask.class, new SystemTrigger(SystemTriggerType.TIME_ZONE_CHANGE, false))
                .registration("UploadLogs", DeferredTimerTask.class, new SystemTrigger(SystemTriggerType.TIME_ZONE_CHANGE, false))
                .classLoader(LiveWindowHarness.class.getClassLoader())
                .build();
    }

    /** Closes every window the test opened (replay windows, popups), so later UI tests find only their own. */
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> List.copyOf(javafx.stage.Window.getWindows()).stream()
                .filter(w -> w != primary).forEach(javafx.stage.Window::hide)).get(10, TimeUnit.SECONDS);
        if (recorder != null) {
            recorder.close();
        }
        if (main != null) {
            WaitForAsyncUtils.asyncFx(main::close).get(10, TimeUnit.SECONDS);
        }
        List<String> left = WaitForAsyncUtils.asyncFx(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w != primary).map(w -> w + " " + (w.getScene() == null ? "" : w.getScene().getRoot().getId()))
                .toList()).get(10, TimeUnit.SECONDS);
        if (!left.isEmpty()) {
            throw new AssertionError("windows left open: " + left);
        }
    }

    /** Every bar of a timeline: instance id, label, state, reason, and whether it ended. */
    static List<String> bars(TimelineModel model) {
        List<String> out = new ArrayList<>();
        for (Lane lane : model.lanes()) {
            lane.forEachBar(Long.MIN_VALUE / 4, Long.MAX_VALUE / 4, b -> out.add(describe(b)));
        }
        out.sort(null);
        return out;
    }

    private static String describe(InstanceBar b) {
        return b.label() + " " + b.id() + " " + b.state() + " reason=" + b.reason() + " from " + b.start()
                + (b.isOpen() ? " open" : " to " + b.end());
    }

    static void waitUntil(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> onFx(condition));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out after " + TIMEOUT_S + " s waiting until " + what, e);
        }
    }

    static <T> T onFx(Callable<T> read) {
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
}
