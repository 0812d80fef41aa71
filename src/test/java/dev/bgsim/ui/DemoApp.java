package dev.bgsim.ui;

import dev.bgsim.engine.Engine;
import dev.bgsim.engine.EngineConfig;
import dev.bgsim.ui.port.EngineSimulatorPort;
import dev.bgsim.ui.prefs.UiPreferences;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The real window on a real engine with the test packages loaded: what the screenshots show.
 * Run from the test classpath: {@code java -cp target/classes:target/test-classes:... dev.bgsim.ui.DemoApp}.
 */
public final class DemoApp extends Application {
    private MainStage main;

    @Override
    public void start(Stage stage) throws Exception {
        Engine engine = Engine.start(EngineConfig.defaults());
        EngineSimulatorPort port = new EngineSimulatorPort(engine, BgsimApp.packageOpener());
        Session session = new Session(port);
        Path prefs = Files.createTempDirectory("bgsim-demo").resolve("gui.json");
        if ("dark".equals(System.getProperty("bgsim.theme"))) {
            Files.writeString(prefs, "{\"theme\":\"DARK\"}");
        }
        main = new MainStage(stage, session, new UiPreferences(prefs));
        main.show();
        port.load(TestPackages.weather());
    }

    @Override
    public void stop() {
        main.close();
    }

}
