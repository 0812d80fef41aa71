package dev.bgsim.engine.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bgsim.engine.Command;
import dev.bgsim.engine.CommandResult;
import dev.bgsim.engine.apps.GroupApp;
import dev.bgsim.engine.apps.HangingSuspendApp;
import dev.bgsim.engine.apps.LifecycleApp;
import dev.bgsim.engine.apps.LongInProcessApp;
import dev.bgsim.engine.apps.SlowSuspendApp;
import dev.bgsim.engine.apps.StubbornInProcessApp;
import dev.bgsim.engine.apps.ThrowingApp;
import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.Events;
import dev.bgsim.engine.harness.EngineHarness;
import dev.bgsim.engine.instance.InstanceState;
import dev.bgsim.engine.packages.BasicPackage;
import dev.bgsim.sdk.BackgroundTaskCancellationReason;
import dev.bgsim.sdk.SystemTrigger;
import dev.bgsim.sdk.SystemTriggerType;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SPEC 3.8 (in-process) and 3.9 (app lifecycle) through the engine's commands. */
class AppLifecycleTest {
    static final String PKG = "Test.App";

    static BasicPackage app(Class<?> appClass, String... inProcessRegistrations) {
        BasicPackage.Builder b = BasicPackage.builder(PKG).app(appClass);
        for (String r : inProcessRegistrations) {
            b.registration(r, null, new SystemTrigger(SystemTriggerType.TIME_ZONE_CHANGE, false));
        }
        return b.build();
    }

    private static AppStateChangedView lastAppChange(EngineHarness h) {
        List<EngineEvent> ev = h.events("AppStateChanged");
        EngineEvent e = ev.get(ev.size() - 1);
        return new AppStateChangedView(e, e.payloadAs(Events.AppStateChanged.class));
    }

    private record AppStateChangedView(EngineEvent event, Events.AppStateChanged change) {
    }

    @Test
    void launchCreatesTheAppProcessThenCallsOnLaunched() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.load(app(LifecycleApp.class));
            assertEquals(AppState.NOT_RUNNING, h.appState(PKG));
            h.app(PKG, AppAction.LAUNCH);
            h.awaitQuiet();
            assertEquals(AppState.RUNNING, h.appState(PKG));
            assertEquals("created,launched", h.setting("calls"));
        }
    }

    @Test
    void minimiseRestoreSuspendAndResumeCallTheCallbacksInOrder() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.load(app(LifecycleApp.class));
            h.app(PKG, AppAction.LAUNCH);
            h.app(PKG, AppAction.MINIMISE);
            h.app(PKG, AppAction.RESTORE);
            h.app(PKG, AppAction.SUSPEND);
            h.awaitApp(PKG, AppState.SUSPENDED);
            h.app(PKG, AppAction.RESUME);
            h.awaitQuiet();
            assertEquals("created,launched,entered,leaving,entered,suspending,resuming", h.setting("calls"));
            assertEquals(AppState.RUNNING_IN_BACKGROUND, h.appState(PKG));
        }
    }

    @Test
    void anActionTheTableDoesNotAllowIsRefusedNamingStateAndAction() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.load(app(LifecycleApp.class));
            CommandResult r = h.run(new Command.AppCommand(PKG, AppAction.RESUME));
            assertFalse(r.ok());
            assertTrue(r.message().contains("NOT_RUNNING") && r.message().contains("RESUME"), r.message());
            assertFalse(h.run(new Command.AppCommand(PKG, AppAction.CRASH)).ok(), "internal actions are not user commands");
        }
    }

    @Test
    void suspendingDeferralNotCompletedTerminatesTheAppAtTheFiveSecondDeadline() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.load(app(HangingSuspendApp.class));
            h.app(PKG, AppAction.LAUNCH);
            h.app(PKG, AppAction.SUSPEND);
            h.runFor(Duration.ofSeconds(10));
            h.awaitApp(PKG, AppState.TERMINATED);
            var last = lastAppChange(h);
            assertEquals("SUSPEND_DEADLINE", last.change().action());
            assertEquals(h.t0().plusSeconds(5), last.event().simTime());
        }
    }

    @Test
    void suspendingDeferralCompletedInTimeSuspendsWhenItIsCompleted() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.load(app(SlowSuspendApp.class));
            h.app(PKG, AppAction.LAUNCH);
            h.app(PKG, AppAction.SUSPEND);
            h.runFor(Duration.ofSeconds(10));
            h.awaitApp(PKG, AppState.SUSPENDED);
            assertEquals(h.t0().plusSeconds(2), lastAppChange(h).event().simTime());
        }
    }

    @Test
    void suspendAndTerminateSuspendsFirstThenTerminates() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.load(app(LifecycleApp.class));
            h.app(PKG, AppAction.LAUNCH);
            h.app(PKG, AppAction.SUSPEND_AND_TERMINATE);
            h.awaitApp(PKG, AppState.TERMINATED);
            h.awaitQuiet();
            assertEquals("created,launched,entered,suspending", h.setting("calls"));
        }
    }

    @Test
    void exceptionEscapingOnLaunchedIsRecordedAndCrashesTheApp() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.load(app(ThrowingApp.class));
            h.app(PKG, AppAction.LAUNCH);
            h.awaitApp(PKG, AppState.TERMINATED);
            h.awaitQuiet();
            Events.AppCallbackFailed f = h.events("AppCallbackFailed").get(0).payloadAs(Events.AppCallbackFailed.class);
            assertEquals("onLaunched", f.callback());
            assertTrue(f.stackTrace().contains("FRESHNESS_TOO_SHORT"), f.stackTrace());
            assertEquals(1, h.events("RegistrationRefused").size());
        }
    }

    @Test
    void inProcessTaskStartsTheAppInTheBackgroundWithoutOnLaunched() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.load(app(LifecycleApp.class, "InProc"));
            h.fire("InProc");
            h.awaitQuiet();
            assertEquals(AppState.RUNNING_IN_BACKGROUND, h.appState(PKG));
            h.runFor(Duration.ofSeconds(5));
            h.awaitState("InProc", 1, InstanceState.COMPLETED);
            assertEquals("created,entered,activated:InProc", h.setting("calls"));
            assertEquals("app:" + PKG, h.snapshot().instance("InProc", 1).orElseThrow().hostId());
        }
    }

    @Test
    void inProcessInstanceOutlivingItsGracePeriodTerminatesTheWholeApp() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.load(app(StubbornInProcessApp.class, "A", "B"));
            h.ok(new Command.RaiseSystemEvent(SystemTriggerType.TIME_ZONE_CHANGE));
            h.runFor(Duration.ofSeconds(1));
            var a = h.awaitState("A", 1, InstanceState.RUNNING);
            h.awaitState("B", 1, InstanceState.RUNNING);
            h.ok(new Command.CancelInstance(a.id(), BackgroundTaskCancellationReason.ABORT));
            h.runFor(Duration.ofSeconds(10));
            h.awaitState("A", 1, InstanceState.TERMINATED);
            h.awaitState("B", 1, InstanceState.TERMINATED);
            h.awaitApp(PKG, AppState.TERMINATED);
            List<Events.InstanceTerminated> t = h.events("InstanceTerminated").stream()
                    .map(e -> e.payloadAs(Events.InstanceTerminated.class)).toList();
            assertEquals("GRACE_EXPIRED", t.get(0).cause());
            assertEquals(List.of("B#1"), t.get(0).collateral());
            assertEquals("APP_TERMINATED", t.get(1).cause());
            assertEquals("A#1", t.get(1).collateralOf());
            assertEquals("CRASH", lastAppChange(h).change().action());
        }
    }

    @Test
    void systemDoesNotSuspendAnAppRunningAnInProcessTaskButAUserSuspendFreezesIt() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.load(app(LongInProcessApp.class, "Long"));
            h.fire("Long");
            h.runFor(Duration.ofSeconds(2));
            CommandResult r = h.run(new Command.AppCommand(PKG, AppAction.SYSTEM_SUSPEND));
            assertFalse(r.ok());
            assertTrue(r.message().contains("Long#1"), r.message());
            h.app(PKG, AppAction.SUSPEND);
            h.awaitApp(PKG, AppState.SUSPENDED);
            assertEquals(1, h.snapshot().instance("Long", 1).orElseThrow().suspendedCount());
            assertEquals(1, h.events("TimeLimitPaused").size());
            h.runFor(Duration.ofMinutes(2));
            assertEquals(InstanceState.RUNNING, h.snapshot().instance("Long", 1).orElseThrow().state(),
                    "no time limit while the app is suspended");
            assertTrue(h.events("CancelRequested").isEmpty(), h.log());
            h.app(PKG, AppAction.RESUME);
            h.runFor(Duration.ofMinutes(3));
            h.awaitState("Long", 1, InstanceState.CANCELED);
            assertEquals("EXECUTION_TIME_EXCEEDED", h.events("CancelRequested").get(0)
                    .payloadAs(Events.CancelRequested.class).reason());
        }
    }

    @Test
    void groupedInProcessTasksRunThroughTheGroupsListenersNotOnBackgroundActivated() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.load(BasicPackage.builder(PKG).app(GroupApp.class).build());
            h.app(PKG, AppAction.LAUNCH);
            h.awaitQuiet();
            assertEquals("0", String.valueOf(h.setting("allTasks")), "grouped registrations are not in getAllTasks");
            assertEquals("sync", h.setting("groups"));
            assertEquals("1", String.valueOf(h.setting("groupTasks")));
            h.fire("Grouped");
            h.runFor(Duration.ofSeconds(2));
            h.awaitState("Grouped", 1, InstanceState.COMPLETED);
            assertEquals("created,launched,group:sync:Grouped", h.setting("calls"));
        }
    }
}
