package dev.bgsim.checker;

import dev.bgsim.checker.apps.BackgroundSignalApp;
import dev.bgsim.checker.apps.CaughtRefusalApp;
import dev.bgsim.checker.apps.EverySessionApp;
import dev.bgsim.checker.apps.FirstRunOnlyApp;
import dev.bgsim.checker.apps.QuickTask;
import dev.bgsim.checker.apps.UncaughtRefusalApp;
import dev.bgsim.engine.Command;
import dev.bgsim.engine.app.AppAction;
import dev.bgsim.engine.app.AppState;
import dev.bgsim.engine.device.AccessSetting;
import dev.bgsim.engine.harness.EngineHarness;
import dev.bgsim.engine.packages.BasicPackage;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The app-side rules on the engine, with small apps that do one thing wrong, each beside its twin. */
class AppRulesOnEngineTest {
    private static final String PKG = "Checker.Apps";

    private static BasicPackage pkg(Class<?> app, String version) {
        return BasicPackage.builder(PKG).version(version).app(app)
                .task(QuickTask.class, "pushNotification", "general", "systemEvent")
                .classLoader(AppRulesOnEngineTest.class.getClassLoader()).build();
    }

    private static List<String> findings(Class<?> app, Consumer<EngineHarness> script) {
        try (EngineHarness h = EngineHarness.start("desktop"); EngineChecker checker = EngineChecker.attach(h.engine())) {
            h.load(pkg(app, "1.0.0.0"));
            script.accept(h);
            h.awaitQuiet();
            return checker.findingsThrough(h.snapshot().lastSeq(), Duration.ofSeconds(20)).stream()
                    .map(f -> f.ruleId() + " " + f.subject()).toList();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void launch(EngineHarness h) {
        int before = h.events("AppCallbackReturned").size();
        h.app(PKG, AppAction.LAUNCH);
        SampleRun.awaitEvents(h, "AppCallbackReturned", before + 1);
    }

    private static void relaunch(EngineHarness h) {
        h.app(PKG, AppAction.TERMINATE);
        h.awaitApp(PKG, AppState.TERMINATED);
        launch(h);
    }

    @Test
    void aRefusalEscapingOnLaunchedIsBG204AndACaughtOneIsClean() {
        Consumer<EngineHarness> denied = h -> {
            h.ok(new Command.SetAccess(PKG, AccessSetting.NEVER_ALLOWED));
            h.run(new Command.AppCommand(PKG, AppAction.LAUNCH));
        };
        assertEquals(List.of("BG204 " + PKG), findings(UncaughtRefusalApp.class,
                denied.andThen(h -> SampleRun.awaitEvents(h, "AppCallbackFailed", 1))));
        assertEquals(List.of(), findings(CaughtRefusalApp.class, denied.andThen(h -> h.awaitSetting("status",
                "Not registered: background access is denied for this app"))));
    }

    @Test
    void registeringOnTheFirstLaunchOnlyIsBG201AtTheNextAndCheckingEveryLaunchIsClean() {
        Consumer<EngineHarness> twice = h -> {
            launch(h);
            relaunch(h);
        };
        assertEquals(List.of("BG201 " + PKG), findings(FirstRunOnlyApp.class, twice));
        assertEquals(List.of(), findings(EverySessionApp.class, twice));
    }

    @Test
    void anUpdateWithoutAServicingCompleteTaskIsBG205() {
        assertEquals(List.of("BG205 " + PKG), findings(FirstRunOnlyApp.class, h -> {
            launch(h);
            h.ok(new Command.UpdatePackage(pkg(FirstRunOnlyApp.class, "1.1.0.0")));
        }));
        assertEquals(List.of(), findings(EverySessionApp.class, h -> {
            launch(h);
            h.ok(new Command.UpdatePackage(pkg(EverySessionApp.class, "1.1.0.0")));
        }));
    }

    @Test
    void signallingAnAppTriggerFromTheBackgroundIsBG206() {
        assertEquals(List.of(), findings(BackgroundSignalApp.class, AppRulesOnEngineTest::launch));
        assertEquals(List.of("BG206 Signalled"), findings(BackgroundSignalApp.class, h -> {
            launch(h);
            h.app(PKG, AppAction.MINIMISE);
            h.awaitSetting("background", "DISABLED_BY_POLICY");

        }));
    }
}
