package dev.bgsim.engine.app;

import dev.bgsim.sdk.SystemConditionType;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bgsim.engine.Command;
import dev.bgsim.engine.apps.LifecycleApp;
import dev.bgsim.engine.event.Events;
import dev.bgsim.engine.harness.EngineHarness;
import dev.bgsim.engine.instance.InstanceState;
import dev.bgsim.engine.packages.BasicPackage;
import dev.bgsim.engine.tasks.CooperativeTask;
import dev.bgsim.engine.tasks.SleepTask;
import dev.bgsim.sdk.SystemTrigger;
import dev.bgsim.sdk.SystemTriggerType;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** SPEC 3.9: update, uninstall, log off; and removeAccess. */
class PackageServicingTest {
    static final String PKG = "Test.App";

    static BasicPackage pkg(String version) {
        return BasicPackage.builder(PKG).version(version).app(LifecycleApp.class)
                .task(CooperativeTask.class, "systemEvent").task(SleepTask.class, "systemEvent")
                .registration("Coop", CooperativeTask.class, new SystemTrigger(SystemTriggerType.TIME_ZONE_CHANGE, false))
                .registration("Migrate", SleepTask.class, new SystemTrigger(SystemTriggerType.SERVICING_COMPLETE, false))
                .build();
    }

    @Test
    void updateCancelsWithServicingUpdateKeepsRegistrationsFiresServicingCompleteAndResetsAccess() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.loadWithAccess(pkg("1.0.0.0"));
            h.app(PKG, AppAction.LAUNCH);
            h.fire("Coop");
            h.runFor(Duration.ofSeconds(2));
            var before = h.snapshot().registration("Coop").orElseThrow().taskId();
            h.ok(new Command.UpdatePackage(pkg("1.1.0.0")));
            assertEquals(AppState.NOT_RUNNING, h.appState(PKG));
            h.runFor(Duration.ofSeconds(10));
            assertEquals("SERVICING_UPDATE", h.awaitState("Coop", 1, InstanceState.CANCELED).cancelReason());
            h.awaitState("Migrate", 1, InstanceState.COMPLETED);
            assertEquals(before, h.snapshot().registration("Coop").orElseThrow().taskId(), "registrations are kept");
            h.fire("Coop");
            assertEquals("ACCESS_RESET_BY_UPDATE", h.snapshot().registration("Coop").orElseThrow().whyPending().get(0).code());
            h.ok(new Command.SetAccessRequested(PKG, true));
            h.runFor(Duration.ofSeconds(12));
            h.awaitState("Coop", 2, InstanceState.RUNNING);
        }
    }

    @Test
    void updateToALowerVersionIsRefused() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.load(pkg("2.0.0.0"));
            var r = h.run(new Command.UpdatePackage(pkg("1.9.0.0")));
            assertFalse(r.ok());
            assertTrue(r.message().contains("lower"), r.message());
        }
    }

    @Test
    void uninstallCancelsWithUninstallAndRemovesRegistrationsSettingsAndThePackage() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.load(pkg("1.0.0.0"));
            h.fire("Coop");
            h.runFor(Duration.ofSeconds(2));
            h.ok(new Command.UninstallPackage(PKG));
            h.runFor(Duration.ofSeconds(10));
            assertEquals("UNINSTALL", h.awaitState("Coop", 1, InstanceState.CANCELED).cancelReason());
            assertTrue(h.snapshot().registrations().isEmpty());
            assertEquals(1, h.events("PackageUnloaded").size());
            assertFalse(h.fire("Coop").ok());
        }
    }

    @Test
    void logOffCancelsWithLoggingOffClosesAppsAndDisconnectsTheSession() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.load(pkg("1.0.0.0"));
            h.app(PKG, AppAction.LAUNCH);
            h.fire("Coop");
            h.runFor(Duration.ofSeconds(2));
            h.ok(new Command.LogOff());
            h.runFor(Duration.ofSeconds(10));
            assertEquals("LOGGING_OFF", h.awaitState("Coop", 1, InstanceState.CANCELED).cancelReason());
            assertEquals(AppState.TERMINATED, h.appState(PKG));
            assertFalse(h.snapshot().device().sessionConnected());
        }
    }

    @Test
    void logOffOfOnePackageCancelsOnlyItsTasksAndClosesOnlyItsApp() {
        String other = "Other.Pkg";
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.load(pkg("1.0.0.0"));
            h.load(BasicPackage.builder(other).app(LifecycleApp.class).task(CooperativeTask.class, "systemEvent")
                    .registration("OtherCoop", CooperativeTask.class, new SystemTrigger(SystemTriggerType.TIME_ZONE_CHANGE, false))
                    .build());
            h.app(PKG, AppAction.LAUNCH);
            h.app(other, AppAction.LAUNCH);
            h.ok(new Command.RaiseSystemEvent(SystemTriggerType.TIME_ZONE_CHANGE));
            h.runFor(Duration.ofSeconds(2));
            h.ok(new Command.LogOff(PKG));
            h.runFor(Duration.ofSeconds(10));
            assertEquals("LOGGING_OFF", h.awaitState("Coop", 1, InstanceState.CANCELED).cancelReason());
            assertEquals(AppState.TERMINATED, h.appState(PKG));
            assertEquals(InstanceState.RUNNING, h.snapshot().instance("OtherCoop", 1).orElseThrow().state());
            assertNotEquals(AppState.TERMINATED, h.appState(other));
            assertTrue(h.snapshot().device().sessionConnected(), "the session stays for the other packages");
            assertFalse(h.run(new Command.LogOff("No.Such.Pkg")).ok());
        }
    }

    @Test
    void aForcedSystemEventStartsItsListenersDespiteAnUnmetCondition() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.load(BasicPackage.builder(PKG).task(CooperativeTask.class, "systemEvent")
                    .registration("NeedsNet", CooperativeTask.class, new SystemTrigger(SystemTriggerType.TIME_ZONE_CHANGE, false),
                            SystemConditionType.INTERNET_AVAILABLE).build());
            h.device(d -> d.withInternet(false));
            h.ok(new Command.RaiseSystemEvent(SystemTriggerType.TIME_ZONE_CHANGE));
            h.runFor(Duration.ofSeconds(2));
            assertTrue(h.snapshot().registration("NeedsNet").orElseThrow().pending(), "a normal raise waits for the internet");
            assertTrue(h.snapshot().instance("NeedsNet", 1).isEmpty());
            h.ok(new Command.RaiseSystemEvent(SystemTriggerType.TIME_ZONE_CHANGE, true));
            h.runFor(Duration.ofSeconds(2));
            assertTrue(h.snapshot().instance("NeedsNet", 1).orElseThrow().forced(), "a forced raise starts it now");
        }
    }

    @Test
    void removingAccessCancelsRunningTasksWithSystemPolicy() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.loadWithAccess(pkg("1.0.0.0"));
            h.fire("Coop");
            h.runFor(Duration.ofSeconds(2));
            h.ok(new Command.SetAccessRequested(PKG, false));
            h.runFor(Duration.ofSeconds(10));
            assertEquals("SYSTEM_POLICY", h.awaitState("Coop", 1, InstanceState.CANCELED).cancelReason());
            assertEquals("UNSPECIFIED", h.events("AccessChanged").get(h.events("AccessChanged").size() - 1)
                    .payloadAs(Events.AccessChanged.class).status());
        }
    }
}
