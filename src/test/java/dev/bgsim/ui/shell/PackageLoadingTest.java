package dev.bgsim.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bgsim.engine.Engine;
import dev.bgsim.engine.EngineConfig;
import dev.bgsim.pkg.TestPackageBuilder;
import dev.bgsim.ui.port.AppAction;
import dev.bgsim.ui.port.EngineSimulatorPort;
import dev.bgsim.ui.port.Outcome;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening package files from the GUI: progress, outcome in words, app actions through the real engine (no stage). */
class PackageLoadingTest {
    @TempDir
    Path dir;
    private EngineSimulatorPort port;
    private final StatusViewModel status = new StatusViewModel();
    private final List<String> shown = new ArrayList<>();
    private PackageLoading loading;

    @BeforeEach
    void start() {
        port = new EngineSimulatorPort(Engine.start(EngineConfig.defaults()));
        status.messageProperty().addListener((o, was, now) -> shown.add(now));
        // The FX-thread executor of a view-model test: run on the calling thread.
        loading = new PackageLoading(new UiContext(port, status, Runnable::run));
    }

    @AfterEach
    void stop() {
        port.close();
    }

    private Path goodJar(String name) {
        return TestPackageBuilder.named(name).task("tasks.T", "systemEvent").buildJar(dir);
    }

    private Path badJar() {
        return TestPackageBuilder.named("Bad").manifestJson("{ \"identity\": { \"name\": \"Bad\", \"version\": \"1\" },\n"
                + "  \"backgroundTasks\": [ { \"entryPoint\": \"tasks.T\", \"taskTypes\": [\"Timer\"] } ] }").buildJar(dir);
    }

    @Test
    void severalFilesLoadInOrderWithProgressAndASummary() throws Exception {
        List<Outcome> outcomes = loading.open(List.of(goodJar("A"), goodJar("B")), "tests").get(60, TimeUnit.SECONDS);
        assertTrue(outcomes.stream().allMatch(Outcome::ok), outcomes.toString());
        assertTrue(shown.contains("Loading A.jar (1 of 2)…"), shown.toString());
        assertTrue(shown.contains("Loading B.jar (2 of 2)…"), shown.toString());
        assertTrue(status.messageProperty().get().startsWith("Loaded 2 packages (tests): A.jar, B.jar."), status.messageProperty().get());
        assertFalse(status.errorProperty().get());
        assertFalse(status.busyProperty().get());
    }

    @Test
    void aRefusedFileIsShownWithItsDiagnosticLinesAndTheOthersStillLoad() throws Exception {
        Path bad = badJar();
        List<Outcome> outcomes = loading.open(List.of(bad, goodJar("A")), null).get(60, TimeUnit.SECONDS);
        assertFalse(outcomes.get(0).ok());
        assertTrue(outcomes.get(1).ok());
        String message = status.messageProperty().get();
        assertTrue(status.errorProperty().get());
        assertTrue(message.startsWith("Loaded 1 of 2 packages; cannot load " + bad), message);
        assertTrue(message.contains("Bad.jar!/bgsim-manifest.json:2:"), message);
        assertTrue(message.contains("did you mean \"timer\"?"), message);
    }

    @Test
    void oneFileShowsItsOwnOutcome() throws Exception {
        loading.open(List.of(goodJar("A")), null).get(60, TimeUnit.SECONDS);
        assertTrue(status.messageProperty().get().startsWith("loaded A 1.0.0.0 from "), status.messageProperty().get());
    }

    @Test
    void reloadWithNothingChangedSaysWhatWouldMakeItAnUpdate() throws Exception {
        loading.open(List.of(goodJar("A")), null).get(60, TimeUnit.SECONDS);
        Outcome o = loading.reload("A").get(60, TimeUnit.SECONDS);
        assertFalse(o.ok());
        assertTrue(status.messageProperty().get().contains("nothing to update"), status.messageProperty().get());
    }

    @Test
    void appPanelActionsReachTheEngine() throws Exception {
        Path official = Path.of("sample-tasks/official-sample/target/official-sample.jar");
        loading.open(List.of(official), null).get(60, TimeUnit.SECONDS);
        Outcome launched = port.appAction("Samples.BackgroundTask", AppAction.LAUNCH).get(60, TimeUnit.SECONDS);
        assertTrue(launched.ok(), launched.message());
        Outcome again = port.appAction("Samples.BackgroundTask", AppAction.RESUME).get(60, TimeUnit.SECONDS);
        assertFalse(again.ok(), "resume of a running app is refused by the app table");
        Outcome update = port.appAction("Samples.BackgroundTask", AppAction.UPDATE).get(60, TimeUnit.SECONDS);
        assertTrue(update.message().contains("nothing to update"), update.message());
        Outcome uninstall = port.appAction("Samples.BackgroundTask", AppAction.UNINSTALL).get(60, TimeUnit.SECONDS);
        assertTrue(uninstall.ok(), uninstall.message());
    }

    @Test
    void longMessagesShowTheirFirstLinesAndSayHowManyMore() {
        assertEquals("a\nb\n… 2 more line(s): hover here, or see the event log", StatusViewModel.firstLines("a\nb\nc\nd", 2));
        assertEquals("a\nb", StatusViewModel.firstLines("a\nb", 2));
    }
}
