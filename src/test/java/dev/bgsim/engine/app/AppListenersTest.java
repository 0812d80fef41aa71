package dev.bgsim.engine.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bgsim.engine.apps.RegistrarApp;
import dev.bgsim.engine.apps.ThrowingTaskRegistrarApp;
import dev.bgsim.engine.event.Events;
import dev.bgsim.engine.harness.EngineHarness;
import dev.bgsim.engine.instance.InstanceState;
import dev.bgsim.engine.packages.BasicPackage;
import dev.bgsim.engine.tasks.SleepTask;
import dev.bgsim.engine.tasks.ThrowingTask;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SPEC 3.6: progress and completions reach the app only while it runs. */
class AppListenersTest {
    static final String PKG = "Test.App";

    static BasicPackage pkg(Class<?> app) {
        return BasicPackage.builder(PKG).app(app).task(SleepTask.class, "systemEvent")
                .task(ThrowingTask.class, "systemEvent").build();
    }

    private static List<String> notified(EngineHarness h, String kind) {
        return h.events("AppNotified").stream().map(e -> e.payloadAs(Events.AppNotified.class))
                .filter(n -> n.kind().equals(kind)).map(Events.AppNotified::outcome).toList();
    }

    @Test
    void progressAndCompletionReachTheRunningAppsListeners() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.load(pkg(RegistrarApp.class));
            h.app(PKG, AppAction.LAUNCH);
            h.awaitQuiet();
            h.fire("Work");
            h.runFor(Duration.ofSeconds(5));
            h.awaitState("Work", 1, InstanceState.COMPLETED);
            h.awaitSetting("result", "completed");
            h.awaitSetting("progress", 100);
        }
    }

    @Test
    void failedInstanceMakesCheckResultThrowWithTheTasksException() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.load(pkg(ThrowingTaskRegistrarApp.class));
            h.app(PKG, AppAction.LAUNCH);
            h.awaitQuiet();
            h.fire("Work");
            h.runFor(Duration.ofSeconds(1));
            h.awaitSetting("result", "failed: boom");
        }
    }

    @Test
    void completionsWhileSuspendedAreQueuedAndDeliveredOnResume() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.load(pkg(RegistrarApp.class));
            h.app(PKG, AppAction.LAUNCH);
            h.awaitQuiet();
            h.fire("Work");
            h.app(PKG, AppAction.SUSPEND);
            h.awaitApp(PKG, AppState.SUSPENDED);
            h.runFor(Duration.ofSeconds(5));
            h.awaitState("Work", 1, InstanceState.COMPLETED);
            assertEquals(List.of("QUEUED"), notified(h, "COMPLETED"));
            assertNull(h.setting("result"));
            h.app(PKG, AppAction.RESUME);
            h.awaitSetting("result", "completed");
            h.awaitQuiet();
            assertEquals(List.of("QUEUED", "DELIVERED_AFTER_RESUME"), notified(h, "COMPLETED"));
        }
    }

    @Test
    void completionsAfterTheAppWasTerminatedAreNotDeliveredButRecorded() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.load(pkg(RegistrarApp.class));
            h.app(PKG, AppAction.LAUNCH);
            h.awaitQuiet();
            h.fire("Work");
            h.app(PKG, AppAction.TERMINATE);
            h.runFor(Duration.ofSeconds(5));
            h.awaitState("Work", 1, InstanceState.COMPLETED);
            assertTrue(notified(h, "COMPLETED").isEmpty(), h.log());
            assertNull(h.setting("result"));
            assertEquals(1, h.events("InstanceCompleted").size());
        }
    }

    @Test
    void aRelaunchedAppFindsItsRegistrationWithoutListenersAndReattachesThem() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.load(pkg(RegistrarApp.class));
            h.app(PKG, AppAction.LAUNCH);
            h.app(PKG, AppAction.TERMINATE);
            h.app(PKG, AppAction.LAUNCH);
            h.awaitQuiet();
            assertEquals(1, h.snapshot().registrations().size(), "found in getAllTasks, not registered twice");
            h.fire("Work");
            h.runFor(Duration.ofSeconds(5));
            h.awaitSetting("result", "completed");
            h.awaitQuiet();
            assertEquals(List.of("DELIVERED"), notified(h, "COMPLETED"), "one listener set: the new process's");
        }
    }
}
