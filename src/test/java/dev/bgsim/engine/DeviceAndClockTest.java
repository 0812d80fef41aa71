package dev.bgsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bgsim.engine.device.BatterySaverMode;
import dev.bgsim.engine.device.DeviceProfile;
import dev.bgsim.engine.device.PowerSource;
import dev.bgsim.engine.event.Events;
import dev.bgsim.engine.harness.EngineHarness;
import dev.bgsim.engine.instance.InstanceState;
import dev.bgsim.engine.packages.BasicPackage;
import dev.bgsim.engine.tasks.SleepTask;
import dev.bgsim.engine.time.ClockMode;
import dev.bgsim.engine.time.ManualTicker;
import dev.bgsim.engine.time.SkipPolicy;
import dev.bgsim.sdk.SystemTrigger;
import dev.bgsim.sdk.SystemTriggerType;
import dev.bgsim.sdk.TimeTrigger;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SPEC 3.2 battery drain and automatic saver; decision 0002 skip policy. */
class DeviceAndClockTest {
    @Test
    void batteryDrainsOnePercentPerEntryAndAutomaticSaverSwitchesOnAtTheThresholdAndOffOnAc() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.device(d -> d.withSaver(BatterySaverMode.AUTO).withSaverThreshold(20).withBatteryPercent(22)
                    .withDrain(60).withPower(PowerSource.BATTERY));
            assertTrue(h.snapshot().schedule().stream().anyMatch(i -> i.label().startsWith("battery drain to 21%")));
            h.runFor(Duration.ofMinutes(2).plusSeconds(30));
            assertEquals(20, h.snapshot().device().batteryPercent());
            assertTrue(h.snapshot().device().saverActive());
            List<Events.BatterySaverSwitched> on = h.events("BatterySaverSwitched").stream()
                    .map(e -> e.payloadAs(Events.BatterySaverSwitched.class)).toList();
            assertEquals(1, on.size());
            assertTrue(on.get(0).active());
            assertEquals(h.t0().plus(Duration.ofMinutes(2)), h.events("BatterySaverSwitched").get(0).simTime());
            h.device(d -> d.withPower(PowerSource.AC));
            assertFalse(h.snapshot().device().saverActive());
            assertFalse(h.events("BatterySaverSwitched").get(1).payloadAs(Events.BatterySaverSwitched.class).active());
            assertTrue(h.snapshot().schedule().stream().noneMatch(i -> i.label().startsWith("battery drain")),
                    "no drain on AC");
        }
    }

    @Test
    void theClockReadAloneSaysWhatTheSnapshotSays() throws Exception {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.loadWithAccess(BasicPackage.builder("Test.Pkg").task(SleepTask.class, "timer", "systemEvent")
                    .registration("Quarter", SleepTask.class, new TimeTrigger(15, false)).build());
            h.runFor(Duration.ofMinutes(20));
            var alone = h.engine().clockStatus().get(30, java.util.concurrent.TimeUnit.SECONDS);
            var inSnapshot = h.snapshot().clock();
            assertEquals(inSnapshot.now(), alone.now());
            assertEquals(inSnapshot.mode(), alone.mode());
            assertEquals(inSnapshot.explain(), alone.explain());
            assertEquals(h.t0().plus(Duration.ofMinutes(20)), alone.now(), "the time the harness ran to");
        }
    }

    @Test
    void skipWhileTasksWaitLetsIdleTimeFlowButSkipsWhileATaskSleeps() {
        ManualTicker ticker = new ManualTicker();
        EngineConfig config = EngineConfig.defaults().withProfile(DeviceProfile.builtIn("desktop"))
                .withTicker(ticker).withSkipPolicy(SkipPolicy.WHILE_TASKS_WAIT);
        try (EngineHarness h = EngineHarness.start(config)) {
            h.loadWithAccess(BasicPackage.builder("Test.Pkg").task(SleepTask.class, "timer", "systemEvent")
                    .registration("Quarter", SleepTask.class, new TimeTrigger(15, false))
                    .registration("Now", SleepTask.class, new SystemTrigger(SystemTriggerType.TIME_ZONE_CHANGE, false))
                    .build());
            var idle = h.snapshot().clock();
            assertEquals(ClockMode.IDLE_FLOWING, idle.mode(), idle.explain());
            assertEquals(h.t0(), idle.now(), "idle: the 15-minute tick does not pull the clock ahead");
            h.fire("Now");
            h.awaitState("Now", 1, InstanceState.COMPLETED);
            assertEquals(h.t0().plusSeconds(1), h.snapshot().clock().now(), "skipped over the task's 1 s sleep only");
            // Real time (the manual ticker) moves idle simulated time at 1x; nothing jumps to the tick.
            var later = h.await("idle time to flow with the ticker", snap -> {
                ticker.advance(Duration.ofMillis(100));
                return snap.clock().now().isAfter(h.t0().plusSeconds(2));
            });
            assertTrue(later.clock().now().isBefore(h.t0().plusSeconds(30)), later.clock().explain());
        }
    }
}
