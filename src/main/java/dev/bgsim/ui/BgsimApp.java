package dev.bgsim.ui;

import dev.bgsim.engine.Engine;
import dev.bgsim.engine.EngineConfig;
import dev.bgsim.engine.time.SkipPolicy;
import dev.bgsim.pkg.BundledSamples;
import dev.bgsim.ui.port.EngineSimulatorPort;
import dev.bgsim.ui.prefs.UiPreferences;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application: starts a real engine, opens the main window on it, and loads the
 * package files named on the command line, or else the bundled samples (SPEC 5). Parameters:
 * package files, and {@code --samples=FOLDER|none} (also the {@value BundledSamples#PROPERTY}
 * system property) to load other samples or none.
 */
public final class BgsimApp extends Application {
    /** The named parameter that overrides where the samples come from. */
    public static final String SAMPLES_PARAMETER = "samples";
    private MainStage main;

    @Override
    public void start(Stage stage) {
        // Idle time flows instead of flying to the next TimeTrigger tick (decision 0002).
        Engine engine = Engine.start(EngineConfig.defaults().withSkipPolicy(SkipPolicy.WHILE_TASKS_WAIT));
        EngineSimulatorPort port = new EngineSimulatorPort(engine);
        Session session = new Session(port);
        main = new MainStage(stage, session, new UiPreferences(UiPreferences.defaultFile()));
        main.show();
        List<Path> files = getParameters().getUnnamed().stream().map(Path::of).toList();
        if (!files.isEmpty()) {
            main.open(files);
        } else {
            String override = getParameters().getNamed().getOrDefault(SAMPLES_PARAMETER, System.getProperty(BundledSamples.PROPERTY));
            main.openSamples(BundledSamples.ofApplication(samplesCache()), override);
        }
    }

    /** Where samples inside the fat jar are extracted: next to the GUI preferences, rewritten only when they change. */
    static Path samplesCache() {
        return UiPreferences.defaultFile().resolveSibling("samples");
    }

    @Override
    public void stop() {
        if (main != null) {
            main.close();
        }
    }
}
