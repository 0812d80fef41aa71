package dev.bgsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bgsim.engine.event.Events;
import dev.bgsim.engine.harness.EngineHarness;
import dev.bgsim.engine.instance.InstanceState;
import dev.bgsim.engine.packages.BasicPackage;
import dev.bgsim.engine.tasks.WorkerThreadDiesTask;
import dev.bgsim.sdk.SystemTrigger;
import dev.bgsim.sdk.SystemTriggerType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** SPEC 3.1 (fixed, configurable start instant) and 3.6 (a task thread dying fails the instance). */
class StartInstantAndWorkerFailureTest {

    @Test
    void theClockStartsAtTheDefaultInstantOrTheConfiguredOne() {
        assertEquals(Instant.parse("2026-01-01T08:00:00Z"), EngineConfig.defaults().start());
        Instant configured = Instant.parse("2031-06-15T22:30:00Z");
        EngineConfig c = EngineHarness.config();
        EngineConfig at = new EngineConfig(configured, c.profile(), c.initialDevice(), c.speed(), c.timeSkipping(),
                c.startPaused(), c.busyThreshold(), c.ticker(), c.wallClock(), c.skipPolicy(), c.hosting());
        try (EngineHarness h = EngineHarness.start(at)) {
            assertEquals(configured, h.snapshot().clock().now());
            assertEquals(configured, h.events("EngineStarted").get(0).payloadAs(Events.EngineStarted.class).start());
        }
    }

    @Test
    void aThreadTheTaskStartedDyingWithAnExceptionFailsTheInstance() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.loadWithAccess(BasicPackage.builder("Test.Worker").task(WorkerThreadDiesTask.class, "systemEvent")
                    .registration("Worker", WorkerThreadDiesTask.class,
                            new SystemTrigger(SystemTriggerType.TIME_ZONE_CHANGE, false)).build());
            h.ok(new Command.RaiseSystemEvent(SystemTriggerType.TIME_ZONE_CHANGE));

            h.awaitState("Worker", 1, InstanceState.FAILED);
            Events.InstanceFailed failed = h.events("InstanceFailed").get(0).payloadAs(Events.InstanceFailed.class);
            assertEquals(IllegalStateException.class.getName(), failed.exceptionClass());
            assertEquals("the worker gave up", failed.message());
            assertEquals("task-worker", failed.thread());
        }
    }
}
