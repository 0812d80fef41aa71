package dev.bgsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bgsim.engine.device.BatterySaverMode;
import dev.bgsim.engine.device.MemoryPressure;
import dev.bgsim.engine.device.PowerSource;
import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.Events;
import dev.bgsim.engine.harness.EngineHarness;
import dev.bgsim.engine.instance.InstanceState;
import dev.bgsim.engine.packages.BasicPackage;
import dev.bgsim.engine.tasks.CooperativeTask;
import dev.bgsim.engine.tasks.DeferredTimerTask;
import dev.bgsim.engine.tasks.IgnoresCancellationTask;
import dev.bgsim.engine.tasks.NoDeferralTask;
import dev.bgsim.engine.tasks.SleepTask;
import dev.bgsim.engine.tasks.ThrowingTask;
import dev.bgsim.sdk.BackgroundTaskCancellationReason;
import dev.bgsim.sdk.SystemConditionType;
import dev.bgsim.sdk.SystemTrigger;
import dev.bgsim.sdk.SystemTriggerType;
import dev.bgsim.sdk.TimeTrigger;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngineRulesTest {
    private static BasicPackage pkg(Class<?> task, String reg) {
        return BasicPackage.builder("Test.Pkg")
                .task(task, "systemEvent", "timer")
                .registration(reg, task, new SystemTrigger(SystemTriggerType.TIME_ZONE_CHANGE, false))
                .build();
    }

    private static String settingOf(EngineHarness h, String key) {
        return h.events("LocalSettingChanged").stream().map(e -> e.payloadAs(Events.LocalSettingChanged.class))
                .filter(p -> p.key().equals(key)).map(p -> String.valueOf(p.value())).reduce((a, b) -> b).orElse(null);
    }

    @Test
    void taskThatIgnoresCancellationIsTerminatedAfterTheGracePeriod() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.load(pkg(IgnoresCancellationTask.class, "Stubborn"));
            h.fire("Stubborn");
            h.runFor(Duration.ofSeconds(2));
            var i = h.awaitState("Stubborn", 1, InstanceState.RUNNING);
            h.ok(new Command.CancelInstance(i.id(), BackgroundTaskCancellationReason.ABORT));
            h.runFor(Duration.ofSeconds(4));
            assertEquals(InstanceState.CANCEL_REQUESTED, h.snapshot().instance("Stubborn", 1).orElseThrow().state());
            assertEquals("ABORT", settingOf(h, "canceled"), h.log());
            h.runFor(Duration.ofSeconds(8));
            h.awaitState("Stubborn", 1, InstanceState.TERMINATED);
            EngineEvent term = h.events("InstanceTerminated").get(0);
            assertEquals("GRACE_EXPIRED", term.payloadAs(Events.InstanceTerminated.class).cause());
            // grace of 5 s counted from the cancel at t0+2s
            assertEquals(h.t0().plusSeconds(7), term.simTime());
        }
    }

    @Test
    void taskThatCompletesWithinGraceIsCanceledWithTheReason() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.load(pkg(CooperativeTask.class, "Polite"));
            h.fire("Polite");
            h.runFor(Duration.ofSeconds(3));
            var i = h.awaitState("Polite", 1, InstanceState.RUNNING);
            h.ok(new Command.CancelInstance(i.id(), BackgroundTaskCancellationReason.RESOURCE_REVOCATION));
            h.runFor(Duration.ofSeconds(10));
            var done = h.awaitState("Polite", 1, InstanceState.CANCELED);
            assertEquals("RESOURCE_REVOCATION", done.cancelReason());
            assertEquals("canceled RESOURCE_REVOCATION", settingOf(h, "result"));
        }
    }

    @Test
    void batterySaverCancelsRunningTaskWithEnergySaver() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.device(d -> d.withPower(PowerSource.BATTERY).withBatteryPercent(80));
            h.load(pkg(CooperativeTask.class, "Saver"));
            h.fire("Saver");
            h.runFor(Duration.ofSeconds(2));
            h.device(d -> d.withSaver(BatterySaverMode.ON));
            h.runFor(Duration.ofSeconds(10));
            assertEquals("ENERGY_SAVER", h.awaitState("Saver", 1, InstanceState.CANCELED).cancelReason());
        }
    }

    @Test
    void lowMemoryOnMobileTerminatesWithoutRaisingCanceledListener() {
        try (EngineHarness h = EngineHarness.start("mobile-512mb")) {
            h.load(pkg(IgnoresCancellationTask.class, "Phone"));
            h.fire("Phone");
            h.runFor(Duration.ofSeconds(2));
            h.device(d -> d.withMemoryPressure(MemoryPressure.LOW));
            h.runFor(Duration.ofSeconds(10));
            h.awaitState("Phone", 1, InstanceState.TERMINATED);
            assertEquals("LOW_MEMORY", h.events("InstanceTerminated").get(0)
                    .payloadAs(Events.InstanceTerminated.class).cause());
            assertTrue(h.events("CancelRequested").isEmpty(), h.log());
            assertEquals(null, settingOf(h, "canceled"));
        }
    }

    @Test
    void lowMemoryOnDesktopKeepsTheTaskRunningAndSaysWhatAPhoneWouldDo() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.load(pkg(IgnoresCancellationTask.class, "Desk"));
            h.fire("Desk");
            h.runFor(Duration.ofSeconds(2));
            h.device(d -> d.withMemoryPressure(MemoryPressure.LOW));
            h.runFor(Duration.ofSeconds(10));
            assertEquals(InstanceState.RUNNING, h.snapshot().instance("Desk", 1).orElseThrow().state());
            assertEquals(1, h.events("LowMemoryWouldTerminate").size());
        }
    }

    @Test
    void taskPastItsTimeLimitIsCanceledThenTerminatedIfItKeepsGoing() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.load(pkg(IgnoresCancellationTask.class, "Long"));
            h.fire("Long");
            h.runFor(Duration.ofMinutes(1));
            h.awaitState("Long", 1, InstanceState.TERMINATED);
            EngineEvent cancel = h.events("CancelRequested").get(0);
            assertEquals("EXECUTION_TIME_EXCEEDED", cancel.payloadAs(Events.CancelRequested.class).reason());
            assertEquals(h.t0().plusSeconds(30), cancel.simTime());
            assertEquals(h.t0().plusSeconds(35), h.events("InstanceTerminated").get(0).simTime());
        }
    }

    @Test
    void deferralKeepsTheInstanceAliveUntilCompletedFromATimer() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.load(pkg(DeferredTimerTask.class, "Deferred"));
            h.fire("Deferred");
            h.runFor(Duration.ofSeconds(1));
            assertEquals(InstanceState.RUN_RETURNED_DEFERRED, h.snapshot().instance("Deferred", 1).orElseThrow().state());
            h.runFor(Duration.ofSeconds(5));
            h.awaitState("Deferred", 1, InstanceState.COMPLETED);
            assertEquals(h.t0().plusSeconds(2), h.events("InstanceCompleted").get(0).simTime());
            assertEquals(1, h.events("DeferralTaken").size());
            assertTrue(h.events("DeferralTaken").get(0).payloadAs(Events.DeferralTaken.class).stackTrace()
                    .contains("DeferredTimerTask"));
        }
    }

    @Test
    void runThrowingFailsTheInstanceWithTheException() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.load(pkg(ThrowingTask.class, "Thrower"));
            h.fire("Thrower");
            h.runFor(Duration.ofSeconds(1));
            h.awaitState("Thrower", 1, InstanceState.FAILED);
            Events.InstanceFailed f = h.events("InstanceFailed").get(0).payloadAs(Events.InstanceFailed.class);
            assertEquals(IllegalStateException.class.getName(), f.exceptionClass());
            assertEquals("boom", f.message());
        }
    }

    @Test
    void runReturningWithoutDeferralCompletesAndAbandonsArmedWork() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.load(pkg(NoDeferralTask.class, "Forgetful"));
            h.fire("Forgetful");
            h.runFor(Duration.ofSeconds(10));
            h.awaitState("Forgetful", 1, InstanceState.COMPLETED);
            assertEquals(1, h.events("WorkAbandoned").get(0).payloadAs(Events.WorkAbandoned.class).armedTimers());
            assertEquals(null, settingOf(h, "late"), "the abandoned timer must not run");
        }
    }

    @Test
    void unmetConditionLatchesAndFiresCoalesceUntilItHolds() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.device(d -> d.withInternet(false));
            h.load(BasicPackage.builder("Test.Pkg").task(SleepTask.class, "systemEvent")
                    .registration("Online", SleepTask.class, new SystemTrigger(SystemTriggerType.TIME_ZONE_CHANGE, false),
                            SystemConditionType.INTERNET_AVAILABLE).build());
            h.fire("Online");
            h.fire("Online");
            var reg = h.snapshot().registration("Online").orElseThrow();
            assertTrue(reg.pending());
            assertEquals("CONDITION_UNMET", reg.whyPending().get(0).code());
            assertEquals(1, h.events("ActivationCoalesced").size());
            h.device(d -> d.withInternet(true));
            h.runFor(Duration.ofSeconds(5));
            h.awaitState("Online", 1, InstanceState.COMPLETED);
            assertEquals(1, h.snapshot().registration("Online").orElseThrow().instancesStarted());
        }
    }

    @Test
    void forcedFireSkipsConditionsAndIsMarkedForced() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.device(d -> d.withInternet(false));
            h.load(BasicPackage.builder("Test.Pkg").task(SleepTask.class, "systemEvent")
                    .registration("Online", SleepTask.class, new SystemTrigger(SystemTriggerType.TIME_ZONE_CHANGE, false),
                            SystemConditionType.INTERNET_AVAILABLE).build());
            h.forceFire("Online");
            h.runFor(Duration.ofSeconds(5));
            assertTrue(h.awaitState("Online", 1, InstanceState.COMPLETED).forced());
        }
    }

    @Test
    void conditionLossWithCancelOnConditionLossCancels() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.load(BasicPackage.builder("Test.Pkg").task(CooperativeTask.class, "systemEvent")
                    .registration("Net", CooperativeTask.class, new SystemTrigger(SystemTriggerType.TIME_ZONE_CHANGE, false),
                            SystemConditionType.INTERNET_AVAILABLE).build());
            h.fire("Net");
            h.runFor(Duration.ofSeconds(2));
            h.device(d -> d.withInternet(false));
            h.runFor(Duration.ofSeconds(10));
            assertEquals("CONDITION_LOSS", h.awaitState("Net", 1, InstanceState.CANCELED).cancelReason());
        }
    }

    @Test
    void internetOnRaisesInternetAvailableAndNetworkStateChange() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.device(d -> d.withInternet(false));
            h.device(d -> d.withInternet(true));
            h.awaitQuiet();
            List<String> raised = h.events("SystemEventRaised").stream()
                    .map(e -> e.payloadAs(Events.SystemEventRaised.class).systemTriggerType()).toList();
            assertEquals(List.of("NETWORK_STATE_CHANGE", "INTERNET_AVAILABLE", "NETWORK_STATE_CHANGE"), raised);
        }
    }

    @Test
    void oneShotIsConsumedWhenItFires() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.load(BasicPackage.builder("Test.Pkg").task(SleepTask.class, "systemEvent")
                    .registration("Once", SleepTask.class, new SystemTrigger(SystemTriggerType.TIME_ZONE_CHANGE, true)).build());
            assertTrue(h.fire("Once").ok());
            h.runFor(Duration.ofSeconds(5));
            assertFalse(h.fire("Once").ok());
            assertEquals(1, h.snapshot().registration("Once").orElseThrow().instancesStarted());
        }
    }

    @Test
    void sameRunTwiceGivesTheSameEventsWithTwoConcurrentTaskClockTasks() {
        List<String> first = concurrentRun();
        List<String> second = concurrentRun();
        assertEquals(first, second);
    }

    private List<String> concurrentRun() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.load(BasicPackage.builder("Test.Pkg")
                    .task(DeferredTimerTask.class, "systemEvent").task(CooperativeTask.class, "systemEvent")
                    .task(SleepTask.class, "systemEvent")
                    .registration("A", CooperativeTask.class, new SystemTrigger(SystemTriggerType.TIME_ZONE_CHANGE, false))
                    .registration("B", SleepTask.class, new SystemTrigger(SystemTriggerType.TIME_ZONE_CHANGE, false))
                    .registration("C", DeferredTimerTask.class, new SystemTrigger(SystemTriggerType.TIME_ZONE_CHANGE, false))
                    .build());
            h.ok(new Command.RaiseSystemEvent(SystemTriggerType.TIME_ZONE_CHANGE));
            h.runFor(Duration.ofSeconds(20));
            h.ok(new Command.RaiseSystemEvent(SystemTriggerType.TIME_ZONE_CHANGE));
            h.runFor(Duration.ofMinutes(2));
            return h.events().stream()
                    .filter(e -> !e.type().equals("DeferralTaken"))
                    .map(e -> e.seq() + " " + e.simTime() + " " + e.type() + " " + e.subjects() + " " + e.payload())
                    .toList();
        }
    }

    @Test
    void sevenDaysOfAFifteenMinuteTimeTriggerRun672Times() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.loadWithAccess(BasicPackage.builder("Test.Pkg").task(SleepTask.class, "timer")
                    .registration("Quarter", SleepTask.class, new TimeTrigger(15, false)).build());
            h.runFor(Duration.ofDays(7).plusMinutes(1));
            assertEquals(672, h.events("InstanceCompleted").size());
        }
    }
}
