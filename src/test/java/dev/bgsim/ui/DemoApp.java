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
        EngineSimulatorPort port = new EngineSimulatorPort(engine);
        Session session = new Session(port);
        Path prefs = Files.createTempDirectory("bgsim-demo").resolve("gui.json");
        if ("dark".equals(System.getProperty("bgsim.theme"))) {
            Files.writeString(prefs, "{\"theme\":\"DARK\"}");
        }
        main = new MainStage(stage, session, new UiPreferences(prefs));
        main.show();
        port.load(TestPackages.weather()).thenRun(() -> demo(port, session));
    }

    /** A short demo run: one task completes, two keep running, one is cancelled by the user. */
    private static void demo(EngineSimulatorPort port, Session session) {
        javafx.application.Platform.runLater(() -> session.registry().revisionProperty().addListener(
                new javafx.beans.value.ChangeListener<Number>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number was, Number now) {
                        var pkgs = session.registry().packages();
                        if (pkgs.isEmpty() || pkgs.iterator().next().registrations().size() < 3) {
                            return;
                        }
                        o.removeListener(this);
                        var regs = pkgs.iterator().next().registrations();
                        port.fire(regs.get(0).id(), false, null)
                                .thenCompose(r -> port.fire(regs.get(2).id(), false, null))
                                .thenCompose(r -> port.setTimeSkipping(false))
                                .thenCompose(r -> port.fire(regs.get(1).id(), false, "{\"region\":\"north\"}"))
                                .thenRun(() -> javafx.application.Platform.runLater(() ->
                                        session.selection().instanceProperty().set(
                                                session.registry().instances().get(session.registry().instances().size() - 1).id())));
                    }
                }));
    }

    @Override
    public void stop() {
        main.close();
    }

}
