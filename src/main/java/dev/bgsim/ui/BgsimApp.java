package dev.bgsim.ui;

import dev.bgsim.engine.Engine;
import dev.bgsim.engine.EngineConfig;
import dev.bgsim.engine.time.SkipPolicy;
import dev.bgsim.pkg.BundledSamples;
import dev.bgsim.ui.port.EngineSimulatorPort;
import dev.bgsim.ui.prefs.UiPreferences;
import dev.bgsim.ui.replay.GuiRecorder;
import dev.bgsim.ui.replay.LiveRecordings;
import dev.bgsim.ui.replay.RecordingOpener;
import dev.bgsim.ui.replay.RecordingsFolder;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application: starts a real engine, opens the main window on it, and loads the
 * package files named on the command line, or else the bundled samples (SPEC 5). Parameters:
 * package files, {@code --samples=FOLDER|none} (also the {@value BundledSamples#PROPERTY}
 * system property) to load other samples or none, {@code --workspace=DIR} for another workspace
 * than {@code ~/.bgsim/workspace}, and {@code --open=RECORDING}.
 */
public final class BgsimApp extends Application {
    /** The named parameter that overrides where the samples come from. */
    public static final String SAMPLES_PARAMETER = "samples";
    /** The named parameter that opens a recording read-only ({@code bgsim gui --open FILE.jsonl}). */
    public static final String OPEN_PARAMETER = "open";
    /** The named parameter that names the workspace folder ({@code bgsim gui --workspace DIR}). */
    public static final String WORKSPACE_PARAMETER = "workspace";
    private MainStage main;
    private GuiRecorder recorder;

    @Override
    public void start(Stage stage) {
        GuiWorkspace workspace = GuiWorkspace.at(getParameters().getNamed().get(WORKSPACE_PARAMETER));
        RecordingsFolder recordings = workspace.recordings();
        String recording = getParameters().getNamed().get(OPEN_PARAMETER);
        if (recording != null && getParameters().getUnnamed().isEmpty()) {
            // Only the recording: no live engine, nothing loaded.
            new RecordingOpener(recordings, problem -> {
                System.err.println("bgsim gui: " + problem);
                javafx.application.Platform.exit();
            }).open(Path.of(recording), stage);
            return;
        }
        StartupTrace trace = StartupTrace.fromSystemProperties();
        trace.mark("JavaFX started, building the window");
        trace.watchFirstFrame(stage, () -> trace.mark(StartupJit.startupDone()));
        // Idle time flows instead of flying to the next TimeTrigger tick (decision 0002).
        EngineConfig config = EngineConfig.defaults().withSkipPolicy(SkipPolicy.WHILE_TASKS_WAIT);
        // Registrations, local settings and access settings outlive the window, as on a device (SPEC 7).
        Engine engine = Engine.start(config, workspace.open());
        EngineSimulatorPort port = new EngineSimulatorPort(engine);
        Session session = new Session(port);
        trace.mark("engine started");
        main = new MainStage(stage, session, new UiPreferences(workspace.preferencesFile()));
        trace.mark("view models built");
        main.show();
        trace.mark("window built and shown");
        List<Path> files = getParameters().getUnnamed().stream().map(Path::of).toList();
        CompletableFuture<?> initial;
        if (!files.isEmpty()) {
            initial = main.open(files);
        } else {
            String override = getParameters().getNamed().getOrDefault(SAMPLES_PARAMETER, System.getProperty(BundledSamples.PROPERTY));
            initial = main.openSamples(BundledSamples.ofApplication(workspace.samplesCache()), override);
        }
        // Said once the packages are in, so the message about them does not hide it.
        initial.whenComplete((ignored, failure) -> javafx.application.Platform.runLater(
                () -> workspace.problems(engine).ifPresent(session.status()::problem)));
        // The session is recorded into the workspace from its first event; the header names the packages it opened with.
        recorder = new GuiRecorder(engine, config, recordings, Clock.systemUTC()).startAfter(initial);
        RecordingOpener opener = new RecordingOpener(recordings, session.status()::problem);
        LiveRecordings.install(stage, main, session.status(), recorder, opener, null);
        if (recording != null) {
            opener.open(Path.of(recording));
        }
    }

    @Override
    public void stop() {
        if (recorder != null) {
            try {
                recorder.close();
            } catch (java.io.IOException e) {
                System.err.println("bgsim: the session's recording could not be closed: " + e.getMessage());
            }
        }
        if (main != null) {
            main.close();
        }
    }
}
