package dev.bgsim.engine.app;

import static dev.bgsim.engine.app.AppLifecycleTest.PKG;
import static dev.bgsim.engine.app.AppLifecycleTest.app;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bgsim.engine.apps.HangingSuspendApp;
import dev.bgsim.engine.apps.LifecycleApp;
import dev.bgsim.engine.apps.LongInProcessApp;
import dev.bgsim.engine.apps.StubbornInProcessApp;
import dev.bgsim.engine.device.DeviceProfile;
import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.Events;
import dev.bgsim.engine.harness.EngineHarness;
import dev.bgsim.engine.instance.InstanceState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC 3.9, the system side: an app in the background is suspended by the system after the
 * profile's delay, in simulated time, unless an in-process task of the app runs; then once the
 * last one ends.
 */
class SystemSuspendTest {
    @TempDir
    Path dir;

    /** The AppStateChanged events whose action was the system's suspend. */
    private static List<EngineEvent> systemSuspends(EngineHarness h) {
        return h.events("AppStateChanged").stream()
                .filter(e -> e.payloadAs(Events.AppStateChanged.class).action().equals("SYSTEM_SUSPEND")).toList();
    }

    @Test
    void aMinimisedAppIsSuspendedByTheSystemAfterTheProfilesDelayWithOnSuspending() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.load(app(LifecycleApp.class));
            h.app(PKG, AppAction.LAUNCH);
            h.app(PKG, AppAction.MINIMISE);
            h.runFor(Duration.ofSeconds(9));
            assertEquals(AppState.RUNNING_IN_BACKGROUND, h.appState(PKG), "desktop waits 10 s");
            h.runFor(Duration.ofSeconds(11));
            h.awaitApp(PKG, AppState.SUSPENDED);
            List<EngineEvent> suspends = systemSuspends(h);
            assertEquals(1, suspends.size(), h.log());
            assertEquals(h.t0().plusSeconds(10), suspends.get(0).simTime());
            Events.AppStateChanged change = suspends.get(0).payloadAs(Events.AppStateChanged.class);
            assertEquals("RUNNING_IN_BACKGROUND", change.from());
            assertEquals("SUSPENDING", change.to());
            assertEquals("the system: in the background for 10 s (profile desktop)", change.why());
            assertEquals("created,launched,entered,suspending", h.setting("calls"));
        }
    }

    @Test
    void aPhoneSuspendsSoonerThanADesktop() {
        try (EngineHarness h = EngineHarness.start("mobile-512mb")) {
            h.load(app(LifecycleApp.class));
            h.app(PKG, AppAction.LAUNCH);
            h.app(PKG, AppAction.MINIMISE);
            h.runFor(Duration.ofSeconds(6));
            h.awaitApp(PKG, AppState.SUSPENDED);
            assertEquals(h.t0().plusSeconds(5), systemSuspends(h).get(0).simTime());
        }
    }

    @Test
    void restoringBeforeTheDelayKeepsTheAppRunningAndMinimisingAgainStartsTheDelayAfresh() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.load(app(LifecycleApp.class));
            h.app(PKG, AppAction.LAUNCH);
            h.app(PKG, AppAction.MINIMISE);
            h.runFor(Duration.ofSeconds(8));
            h.app(PKG, AppAction.RESTORE);
            h.runFor(Duration.ofSeconds(30));
            assertEquals(AppState.RUNNING, h.appState(PKG));
            assertTrue(systemSuspends(h).isEmpty(), h.log());
            h.app(PKG, AppAction.MINIMISE);
            h.runFor(Duration.ofSeconds(45));
            h.awaitApp(PKG, AppState.SUSPENDED);
            assertEquals(h.t0().plusSeconds(40), systemSuspends(h).get(0).simTime());
        }
    }

    @Test
    void aRunningInProcessTaskHoldsTheSuspensionUntilItEnds() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.load(app(LongInProcessApp.class, "Long"));
            h.fire("Long");
            h.runFor(Duration.ofSeconds(12));
            assertEquals(AppState.RUNNING_IN_BACKGROUND, h.appState(PKG));
            List<EngineEvent> held = h.events("AppSuspendHeld");
            assertEquals(1, held.size(), h.log());
            assertEquals(h.t0().plusSeconds(10), held.get(0).simTime());
            assertEquals(List.of("Long#1"), held.get(0).payloadAs(Events.AppSuspendHeld.class).instances());
            assertEquals(0, h.snapshot().instance("Long", 1).orElseThrow().suspendedCount(), "the task is not frozen");

            h.runFor(Duration.ofMinutes(2));
            h.awaitState("Long", 1, InstanceState.CANCELED);
            h.awaitApp(PKG, AppState.SUSPENDED);
            EngineEvent ended = h.events("InstanceCanceled").get(0);
            EngineEvent suspend = systemSuspends(h).get(0);
            assertEquals(ended.simTime(), suspend.simTime(), "suspended as soon as the last in-process task ended");
            assertTrue(suspend.payloadAs(Events.AppStateChanged.class).why()
                    .startsWith("the system: its last in-process task Long#1 ended"), h.log());
        }
    }

    @Test
    void anAppWhoseHoldingTaskOutlivesItsGracePeriodIsTerminatedNotSuspended() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.load(app(StubbornInProcessApp.class, "Stubborn"));
            h.fire("Stubborn");
            h.runFor(Duration.ofMinutes(2));
            h.awaitState("Stubborn", 1, InstanceState.TERMINATED);
            h.awaitApp(PKG, AppState.TERMINATED);
            assertEquals(1, h.events("AppSuspendHeld").size(), h.log());
            assertTrue(systemSuspends(h).isEmpty(), "the process died with its task; nothing left to suspend\n" + h.log());
            List<EngineEvent> changes = h.events("AppStateChanged");
            assertEquals("CRASH", changes.get(changes.size() - 1).payloadAs(Events.AppStateChanged.class).action());
        }
    }

    @Test
    void theSystemSuspendKeepsTheOnSuspendingDeadline() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.load(app(HangingSuspendApp.class));
            h.app(PKG, AppAction.LAUNCH);
            h.app(PKG, AppAction.MINIMISE);
            h.runFor(Duration.ofSeconds(20));
            h.awaitApp(PKG, AppState.TERMINATED);
            List<EngineEvent> changes = h.events("AppStateChanged");
            EngineEvent last = changes.get(changes.size() - 1);
            assertEquals("SUSPEND_DEADLINE", last.payloadAs(Events.AppStateChanged.class).action());
            assertEquals(h.t0().plusSeconds(15), last.simTime(), "10 s in the background, then 5 s for onSuspending");
        }
    }

    @Test
    void aProfileWithoutADelayNeverSuspendsByItself() throws Exception {
        Path file = dir.resolve("debugger.json");
        Files.writeString(file, "{ \"name\": \"debugger\", \"backgroundSuspendDelay\": null }");
        DeviceProfile profile = DeviceProfile.fromFile(file);
        assertEquals(Optional.empty(), profile.backgroundSuspendDelay());
        try (EngineHarness h = EngineHarness.start(EngineHarness.config().withProfile(profile))) {
            h.load(app(LifecycleApp.class));
            h.app(PKG, AppAction.LAUNCH);
            h.app(PKG, AppAction.MINIMISE);
            h.runFor(Duration.ofHours(1));
            assertEquals(AppState.RUNNING_IN_BACKGROUND, h.appState(PKG));
            assertTrue(systemSuspends(h).isEmpty(), h.log());
        }
    }

    @Test
    void theSameRunTwiceGivesTheSameAppEventsAtTheSameTimes() {
        assertEquals(appTimeline(), appTimeline());
    }

    private static List<String> appTimeline() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.load(app(LongInProcessApp.class, "Long"));
            h.app(PKG, AppAction.LAUNCH);
            h.app(PKG, AppAction.MINIMISE);
            h.fire("Long");
            h.runFor(Duration.ofMinutes(2));
            h.awaitApp(PKG, AppState.SUSPENDED);
            return h.events().stream().filter(e -> e.type().startsWith("App") || e.type().startsWith("Instance"))
                    .map(e -> e.simTime() + " " + e.type() + " " + e.payload()).toList();
        }
    }
}
