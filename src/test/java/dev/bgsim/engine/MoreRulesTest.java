package dev.bgsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bgsim.engine.device.AccessSetting;
import dev.bgsim.engine.device.DeviceProfile;
import dev.bgsim.engine.device.MemoryPressure;
import dev.bgsim.engine.device.PowerSource;
import dev.bgsim.engine.event.Events;
import dev.bgsim.engine.harness.EngineHarness;
import dev.bgsim.engine.instance.InstanceState;
import dev.bgsim.engine.packages.BasicPackage;
import dev.bgsim.engine.packages.DeclaredTask;
import dev.bgsim.engine.tasks.CooperativeTask;
import dev.bgsim.engine.tasks.HoldsDeferralTask;
import dev.bgsim.engine.tasks.IgnoresCancellationTask;
import dev.bgsim.engine.tasks.LongDeferredTask;
import dev.bgsim.engine.tasks.SleepTask;
import dev.bgsim.sdk.ApplicationTrigger;
import dev.bgsim.sdk.DeviceUseTrigger;
import dev.bgsim.sdk.MaintenanceTrigger;
import dev.bgsim.sdk.SystemTrigger;
import dev.bgsim.sdk.SystemTriggerType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules the engine had without tests: SPEC 3.3, 3.5, 3.6, 3.7, 3.8, 3.2 (custom profile). */
class MoreRulesTest {
    static final String PKG = "Test.Pkg";
    static final SystemTrigger TZ = new SystemTrigger(SystemTriggerType.TIME_ZONE_CHANGE, false);

    private static String cancelReason(EngineHarness h, int index) {
        return h.events("CancelRequested").get(index).payloadAs(Events.CancelRequested.class).reason();
    }

    @Test
    void unregisterTrueCancelsWithAbortAndUnregisterFalseLetsThemFinish() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.load(BasicPackage.builder(PKG).task(CooperativeTask.class, "systemEvent")
                    .registration("Cancel", CooperativeTask.class, TZ).registration("Keep", CooperativeTask.class, TZ).build());
            h.ok(new Command.RaiseSystemEvent(SystemTriggerType.TIME_ZONE_CHANGE));
            h.runFor(Duration.ofSeconds(2));
            h.ok(new Command.Unregister(h.snapshot().registration("Cancel").orElseThrow().taskId(), true));
            h.ok(new Command.Unregister(h.snapshot().registration("Keep").orElseThrow().taskId(), false));
            h.runFor(Duration.ofSeconds(20));
            assertEquals("ABORT", h.awaitState("Cancel", 1, InstanceState.CANCELED).cancelReason());
            assertEquals(InstanceState.RUNNING, h.snapshot().instance("Keep", 1).orElseThrow().state());
        }
    }

    @Test
    void maintenanceTaskIsAbortedOnBatteryAndWaitsForAcWithMissedTicksCoalesced() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.load(BasicPackage.builder(PKG).task(CooperativeTask.class, "general")
                    .registration("Maint", CooperativeTask.class, new MaintenanceTrigger(15, false)).build());
            h.runFor(Duration.ofMinutes(15).plusSeconds(5));
            h.awaitState("Maint", 1, InstanceState.RUNNING);
            h.device(d -> d.withPower(PowerSource.BATTERY));
            h.runFor(Duration.ofMinutes(16));
            assertEquals("ABORT", h.awaitState("Maint", 1, InstanceState.CANCELED).cancelReason());
            h.runFor(Duration.ofMinutes(61));
            var reg = h.snapshot().registration("Maint").orElseThrow();
            assertTrue(reg.pending());
            assertEquals("NEEDS_AC_POWER", reg.whyPending().get(0).code());
            assertTrue(h.events("ActivationCoalesced").size() >= 2, "later ticks coalesce into the one pending activation");
            h.device(d -> d.withPower(PowerSource.AC));
            h.awaitState("Maint", 2, InstanceState.RUNNING);
            assertEquals(2, h.snapshot().registration("Maint").orElseThrow().instancesStarted());
        }
    }

    @Test
    void accessSetToNeverAllowedCancelsRunningTasksWithSystemPolicy() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.load(BasicPackage.builder(PKG).task(CooperativeTask.class, "systemEvent")
                    .registration("Net", CooperativeTask.class, TZ).build());
            h.fire("Net");
            h.runFor(Duration.ofSeconds(2));
            h.ok(new Command.SetAccess(PKG, AccessSetting.NEVER_ALLOWED));
            h.runFor(Duration.ofSeconds(10));
            assertEquals("SYSTEM_POLICY", h.awaitState("Net", 1, InstanceState.CANCELED).cancelReason());
        }
    }

    @Test
    void hostPlacementDefaultResourceGroupAndOneHostPerActivationWithCollateralTermination() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.load(BasicPackage.builder(PKG)
                    .task(IgnoresCancellationTask.class, "systemEvent")
                    .task(new DeclaredTask(CooperativeTask.class.getName(), Set.of("systemEvent"), "grp", false))
                    .task(new DeclaredTask(SleepTask.class.getName(), Set.of("systemEvent"), null, true))
                    .task(new DeclaredTask(HoldsDeferralTask.class.getName(), Set.of("systemEvent"), null, false))
                    .registration("Default", IgnoresCancellationTask.class, TZ)
                    .registration("Neighbour", HoldsDeferralTask.class, TZ)
                    .registration("Grouped", CooperativeTask.class, TZ)
                    .registration("Multi", SleepTask.class, TZ).build());
            h.ok(new Command.RaiseSystemEvent(SystemTriggerType.TIME_ZONE_CHANGE));
            h.awaitQuiet();
            var s = h.snapshot();
            assertEquals(PKG + "/default", s.instance("Default", 1).orElseThrow().hostId());
            assertEquals(PKG + "/default", s.instance("Neighbour", 1).orElseThrow().hostId());
            assertEquals(PKG + "/group:grp", s.instance("Grouped", 1).orElseThrow().hostId());
            assertTrue(s.instance("Multi", 1).orElseThrow().hostId().startsWith(PKG + "/multi-"));
            h.runFor(Duration.ofSeconds(5));
            h.forceFire("Multi");
            h.awaitQuiet();
            assertNotEquals(h.snapshot().instance("Multi", 1).orElseThrow().hostId(),
                    h.snapshot().instance("Multi", 2).orElseThrow().hostId(), "one host per activation");
            h.ok(new Command.CancelInstance(h.snapshot().instance("Default", 1).orElseThrow().id(),
                    dev.bgsim.sdk.BackgroundTaskCancellationReason.ABORT));
            h.runFor(Duration.ofSeconds(20));
            h.awaitState("Neighbour", 1, InstanceState.TERMINATED);
            var t = h.events("InstanceTerminated").stream().map(e -> e.payloadAs(Events.InstanceTerminated.class)).toList();
            assertEquals(List.of("Neighbour#1"), t.get(0).collateral());
            assertEquals("HOST_TERMINATED", t.get(1).cause());
            assertNotEquals(InstanceState.TERMINATED, h.snapshot().instance("Grouped", 1).orElseThrow().state(),
                    "another host is not touched");
        }
    }

    @Test
    void suspendedHostPausesTheTimeLimitCountsTheSuspensionAndHoldsWakesUntilResume() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.load(BasicPackage.builder(PKG).task(CooperativeTask.class, "systemEvent")
                    .registration("Work", CooperativeTask.class, TZ).build());
            h.fire("Work");
            h.runFor(Duration.ofSeconds(10));
            String host = h.snapshot().instance("Work", 1).orElseThrow().hostId();
            h.ok(new Command.SuspendHost(host));
            assertEquals(Duration.ofSeconds(20), h.events("TimeLimitPaused").get(0)
                    .payloadAs(Events.TimeLimitPaused.class).remaining());
            h.runFor(Duration.ofMinutes(5));
            var i = h.snapshot().instance("Work", 1).orElseThrow();
            assertEquals(InstanceState.RUNNING, i.state());
            assertEquals(1, i.suspendedCount());
            assertTrue(h.events("CancelRequested").isEmpty(), "no time limit while suspended");
            assertTrue(h.snapshot().schedule().stream().noneMatch(e -> e.label().contains("TaskClock sleep")
                    && e.due().isBefore(h.t0().plus(Duration.ofMinutes(5)))), "the due wake is held, not rescheduled");
            h.ok(new Command.ResumeHost(host));
            h.runFor(Duration.ofMinutes(6));
            h.awaitState("Work", 1, InstanceState.CANCELED);
            assertEquals(h.t0().plus(Duration.ofMinutes(5)).plusSeconds(20), h.events("CancelRequested").get(0).simTime(),
                    "the remaining 20 s of the limit count from the resume");
        }
    }

    @Test
    void idleWatchdogOnStrictCancelsAnIdleDeferralHolderWithIdleTask() {
        try (EngineHarness h = EngineHarness.start("strict")) {
            h.load(BasicPackage.builder(PKG).task(HoldsDeferralTask.class, "general")
                    .registration("Idle", HoldsDeferralTask.class, new ApplicationTrigger()).build());
            h.forceFire("Idle");
            h.runFor(Duration.ofMinutes(2));
            assertEquals("IDLE_TASK", cancelReason(h, 0));
            assertEquals(h.t0().plus(Duration.ofMinutes(1)), h.events("CancelRequested").get(0).simTime());
        }
    }

    @Test
    void extendedBackgroundTaskTimeRemovesTheLimitOnceADeferralIsTakenAndASecondCompleteIsRecorded() {
        for (boolean extended : new boolean[] {true, false}) {
            try (EngineHarness h = EngineHarness.start("desktop")) {
                BasicPackage.Builder b = BasicPackage.builder(PKG).task(LongDeferredTask.class, "systemEvent")
                        .registration("Long", LongDeferredTask.class, TZ);
                if (extended) {
                    b.capability("extendedBackgroundTaskTime");
                }
                h.load(b.build());
                h.fire("Long");
                h.runFor(Duration.ofMinutes(2));
                if (extended) {
                    h.awaitState("Long", 1, InstanceState.COMPLETED);
                    assertTrue(h.events("CancelRequested").isEmpty(), h.log());
                    var completions = h.events("DeferralCompleted").stream()
                            .map(e -> e.payloadAs(Events.DeferralCompleted.class)).toList();
                    assertEquals(2, completions.size());
                    assertTrue(completions.get(1).alreadyCompleted(), "complete() twice is recorded");
                } else {
                    assertEquals("EXECUTION_TIME_EXCEEDED", cancelReason(h, 0));
                }
            }
        }
    }

    @Test
    void deviceUseConcurrencyGateOnMobile512LetsOneRunAtATime() {
        try (EngineHarness h = EngineHarness.start("mobile-512mb")) {
            for (String p : List.of("A.Pkg", "B.Pkg")) {
                h.loadWithAccess(BasicPackage.builder(p).task(SleepTask.class, "deviceUse")
                        .registration("Dev" + p.charAt(0), SleepTask.class, new DeviceUseTrigger()).build());
            }
            h.fire("DevA");
            h.fire("DevB");
            var b = h.snapshot().registration("DevB").orElseThrow();
            assertTrue(b.pending());
            assertEquals("CONCURRENCY", b.whyPending().get(0).code());
            h.runFor(Duration.ofSeconds(5));
            h.awaitState("DevB", 1, InstanceState.COMPLETED);
        }
    }

    @Test
    void lowMemoryOnAProfileThatKillsBlocksNewStarts() {
        try (EngineHarness h = EngineHarness.start("mobile-512mb")) {
            h.load(BasicPackage.builder(PKG).task(SleepTask.class, "systemEvent").registration("S", SleepTask.class, TZ).build());
            h.device(d -> d.withMemoryPressure(MemoryPressure.LOW));
            h.fire("S");
            assertEquals("LOW_MEMORY", h.snapshot().registration("S").orElseThrow().whyPending().get(0).code());
            h.device(d -> d.withMemoryPressure(MemoryPressure.NORMAL));
            h.runFor(Duration.ofSeconds(5));
            h.awaitState("S", 1, InstanceState.COMPLETED);
        }
    }

    @Test
    void customProfileJsonSetsTheTimeLimitAndGracePeriod(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tight.json");
        Files.writeString(file, "{ \"name\": \"tight\", \"defaultTimeLimit\": \"PT10S\", \"timeLimits\": {},"
                + " \"gracePeriod\": \"PT2S\", \"lowMemoryKills\": false }");
        DeviceProfile p = DeviceProfile.named(file.toString());
        try (EngineHarness h = EngineHarness.start(EngineHarness.config().withProfile(p))) {
            h.load(BasicPackage.builder(PKG).task(IgnoresCancellationTask.class, "systemEvent")
                    .registration("Stub", IgnoresCancellationTask.class, TZ).build());
            h.fire("Stub");
            h.runFor(Duration.ofSeconds(30));
            h.awaitState("Stub", 1, InstanceState.TERMINATED);
            assertEquals(h.t0().plusSeconds(10), h.events("CancelRequested").get(0).simTime());
            assertEquals(h.t0().plusSeconds(12), h.events("InstanceTerminated").get(0).simTime());
        }
    }
}
