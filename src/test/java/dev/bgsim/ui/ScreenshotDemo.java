package dev.bgsim.ui;

import dev.bgsim.engine.Engine;
import dev.bgsim.engine.EngineConfig;
import dev.bgsim.engine.device.PowerSource;
import dev.bgsim.engine.time.SkipPolicy;
import dev.bgsim.pkg.BundledSamples;
import dev.bgsim.sdk.BackgroundTaskCancellationReason;
import dev.bgsim.ui.port.EngineSimulatorPort;
import dev.bgsim.ui.prefs.UiPreferences;
import dev.bgsim.ui.session.InstanceRecord;
import dev.bgsim.ui.session.RegistrationRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Retakes the README's screenshots: the real window (as {@code java -jar target/bgsim.jar} opens
 * it, bundled samples loaded) after a short demo run — tasks fired, one cancelled by the user with
 * a chosen reason, one by battery saver, a guideline finding, a toast, a task still running —
 * then the window's scene is written as a PNG. Needs a display (Xvfb); run by
 * {@code assets/screenshots/retake.sh}. Arguments: the PNG to write; {@code -Dbgsim.theme=dark}
 * for the dark theme.
 */
public final class ScreenshotDemo {
    private static final long STEP_DEADLINE_S = 120;

    private ScreenshotDemo() {
    }

    /** Launched from a class that is not an Application: the class path launch check asks for that. */
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The JavaFX application: the real window, the demo run, the snapshot. */
    public static final class Window extends Application {
    private MainStage main;

    @Override
    public void start(Stage stage) throws Exception {
        if (getParameters().getUnnamed().size() != 1) {
            throw new IllegalArgumentException("usage: ScreenshotDemo OUTPUT.png  (got " + getParameters().getUnnamed() + ")");
        }
        Path output = Path.of(getParameters().getUnnamed().get(0)).toAbsolutePath();
        EngineConfig config = EngineConfig.defaults().withSkipPolicy(SkipPolicy.WHILE_TASKS_WAIT);
        Engine engine = Engine.start(config);
        EngineSimulatorPort port = new EngineSimulatorPort(engine);
        Session session = new Session(port);
        Path prefs = Files.createTempDirectory("bgsim-screenshot").resolve("gui.json");
        String theme = "dark".equals(System.getProperty("bgsim.theme")) ? "DARK" : "LIGHT";
        Files.writeString(prefs, "{\"theme\":\"" + theme + "\",\"x\":0,\"y\":0,\"width\":1600,\"height\":1000}");
        main = new MainStage(stage, session, new UiPreferences(prefs));
        main.show();
        // The File menu and the toolbar's Rec button, as BgsimApp installs them, recording to a temporary folder.
        var recordings = new dev.bgsim.ui.replay.RecordingsFolder(Files.createTempDirectory("bgsim-screenshot-recordings"));
        var recorder = new dev.bgsim.ui.replay.GuiRecorder(engine, config, recordings, java.time.Clock.systemUTC());
        dev.bgsim.ui.replay.LiveRecordings.install(stage, main, session.status(), recorder,
                new dev.bgsim.ui.replay.RecordingOpener(recordings, System.err::println), null);
        recorder.start();
        Path cache = Files.createTempDirectory("bgsim-screenshot-samples");
        main.openSamples(BundledSamples.ofApplication(cache), null);
        Thread script = new Thread(() -> {
            try {
                new Script(port, session).run();
                // The last 25 s: wide enough bars for their labels and the cancellation reasons.
                onFx(() -> {
                    main.window().timeline().view().setVisibleDuration(25_000);
                    main.window().timeline().followNow();
                    return null;
                });
                Thread.sleep(2_500);   // let the last bars grow
                onFx(() -> {
                    var image = stage.getScene().snapshot(null);
                    ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", output.toFile());
                    return null;
                });
                System.out.println("bgsim screenshot: wrote " + output);
            } catch (Exception e) {
                System.err.println("bgsim screenshot: the demo run failed: " + e);
                e.printStackTrace();
            } finally {
                Platform.runLater(Platform::exit);
            }
        }, "bgsim-screenshot-demo");
        script.setDaemon(true);
        script.start();
    }

    @Override
    public void stop() {
        if (main != null) {
            main.close();
        }
    }
    }

    /** The demo run, step by step, each step waiting (with a deadline) for what the window shows. */
    private record Script(EngineSimulatorPort port, Session session) {
        void run() throws Exception {
            await("the cancellation gallery is loaded", () -> registration("HonorsCancellation") != null
                    && registration("ShowsToast") != null);
            port.setTimeSkipping(false).get(STEP_DEADLINE_S, TimeUnit.SECONDS);

            fire("DeferralCompleted");
            fire("AsyncWorkWithoutDeferral");          // BG102: a finding and its mark
            fire("ShowsToast");                         // a toast in the notifications tab
            UUID byUser = fireAndAwaitRunning("HonorsCancellation");
            port.cancel(byUser, BackgroundTaskCancellationReason.SERVICING_UPDATE).get(STEP_DEADLINE_S, TimeUnit.SECONDS);
            await("the user's cancellation ends the instance", () -> session.registry().instance(byUser).isFinal());

            port.changeDevice(d -> d.withPower(PowerSource.BATTERY)).get(STEP_DEADLINE_S, TimeUnit.SECONDS);
            UUID bySaver = fireAndAwaitRunning("HonorsCancellation");
            port.changeDevice(d -> d.withSaver(dev.bgsim.engine.device.BatterySaverMode.ON)).get(STEP_DEADLINE_S, TimeUnit.SECONDS);
            await("battery saver ends the instance", () -> session.registry().instance(bySaver).isFinal());
            port.changeDevice(d -> d.withSaver(dev.bgsim.engine.device.BatterySaverMode.OFF).withPower(PowerSource.AC))
                    .get(STEP_DEADLINE_S, TimeUnit.SECONDS);

            fireAndAwaitRunning("HonorsCancellation");  // still running, progress inside its bar
            onFx(() -> {
                session.selection().instanceProperty().set(bySaver);
                return null;
            });
        }

        private void fire(String registration) throws Exception {
            RegistrationRecord r = onFx(() -> registration(registration));
            port.fire(r.id(), false, null).get(STEP_DEADLINE_S, TimeUnit.SECONDS);
        }

        private UUID fireAndAwaitRunning(String registration) throws Exception {
            int before = onFx(() -> registration(registration).instances().size());
            fire(registration);
            await(registration + " starts", () -> registration(registration).instances().size() > before);
            UUID id = onFx(() -> registration(registration).instances().get(before).id());
            await(registration + " runs", () -> session.registry().instance(id).state() == dev.bgsim.ui.timeline.InstanceState.RUNNING
                    || session.registry().instance(id).isFinal());
            return id;
        }

        private RegistrationRecord registration(String name) {
            return session.registry().packages().stream().flatMap(p -> p.registrations().stream())
                    .filter(r -> r.name().equals(name)).findFirst().orElse(null);
        }

        private static void await(String what, Callable<Boolean> condition) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STEP_DEADLINE_S);
            while (!onFx(condition)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("gave up after " + STEP_DEADLINE_S + " s waiting until " + what);
                }
                Thread.sleep(100);
            }
        }
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(read.call());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        return f.get(STEP_DEADLINE_S, TimeUnit.SECONDS);
    }
}
