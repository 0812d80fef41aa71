package dev.bgsim.ui;

import dev.bgsim.engine.Engine;
import dev.bgsim.engine.EngineConfig;
import dev.bgsim.ui.port.EngineSimulatorPort;
import dev.bgsim.ui.port.PackageOpener;
import dev.bgsim.ui.prefs.UiPreferences;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application: starts a real engine, opens the main window on it, and loads the
 * packages named on the command line (and the bundled samples when the build has them).
 */
public final class BgsimApp extends Application {
    private MainStage main;

    @Override
    public void start(Stage stage) {
        StartupTrace trace = StartupTrace.fromSystemProperties();
        trace.mark("JavaFX started, building the window");
        trace.watchFirstFrame(stage, () -> trace.mark(StartupJit.end()));
        Engine engine = Engine.start(EngineConfig.defaults());
        EngineSimulatorPort port = new EngineSimulatorPort(engine, packageOpener());
        Session session = new Session(port);
        trace.mark("engine started");
        main = new MainStage(stage, session, new UiPreferences(UiPreferences.defaultFile()));
        trace.mark("view models built");
        main.show();
        trace.mark("window built and shown");
        List<Path> files = getParameters().getRaw().stream().map(Path::of).toList();
        if (!files.isEmpty()) {
            main.open(files);
        } else {
            session.status().info("No packages loaded. Open a package (Ctrl+O) or drop a jar or manifest here.");
        }
    }

    /** Package files need the package loader, which this build does not have yet (pkg issue). */
    static PackageOpener packageOpener() {
        return files -> CompletableFuture.completedFuture(new PackageOpener.Opened(List.of(),
                "Cannot open " + files.get(0).getFileName() + ": this build has no package loader yet, "
                        + "so package files cannot be read. Use a build that includes the pkg module."));
    }

    @Override
    public void stop() {
        if (main != null) {
            main.close();
        }
    }
}
