package dev.bgsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bgsim.engine.device.BatterySaverMode;
import dev.bgsim.engine.device.DeviceState;
import dev.bgsim.engine.device.PowerSource;
import dev.bgsim.engine.event.Events;
import dev.bgsim.engine.harness.EngineHarness;
import dev.bgsim.engine.instance.InstanceState;
import dev.bgsim.engine.packages.BasicPackage;
import dev.bgsim.engine.packages.SimPackage;
import dev.bgsim.engine.tasks.CooperativeTask;
import dev.bgsim.sdk.BackgroundTaskCancellationReason;
import dev.bgsim.sdk.SystemTrigger;
import dev.bgsim.sdk.SystemTriggerType;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Events that a client's command causes say so, and the engine's first event carries the
 * device state it started in: a recording alone is enough to tell a session's inputs from its
 * outcomes (scenario export, SPEC 6.1).
 */
class EventsSayWhoAskedTest {
    private static SimPackage pkg() {
        return BasicPackage.builder("Pkg").task(CooperativeTask.class, "systemEvent")
                .registration("Coop", CooperativeTask.class, new SystemTrigger(SystemTriggerType.TIME_ZONE_CHANGE, false))
                .build();
    }

    @Test
    void engineStartedCarriesTheInitialDeviceState() {
        EngineConfig config = EngineConfig.defaults().withStartPaused(true)
                .withDevice(DeviceState.initial().withPower(PowerSource.BATTERY).withBatteryPercent(42));
        try (EngineHarness h = EngineHarness.start(config)) {
            h.awaitQuiet();
            Events.EngineStarted started = h.events("EngineStarted").get(0).payloadAs(Events.EngineStarted.class);
            assertEquals("BATTERY", started.device().get("power"));
            assertEquals(42, started.device().get("batteryPercent"));
        }
    }

    @Test
    void aDeviceChangeSaysWhetherTheUserOrTheBatteryMadeIt() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.device(d -> d.withPower(PowerSource.BATTERY).withBatteryPercent(50).withDrain(60));
            h.runFor(Duration.ofMinutes(1).plusSeconds(1));
            List<String> whys = h.events("DeviceStateChanged").stream()
                    .map(e -> e.payloadAs(Events.DeviceStateChanged.class).why()).toList();
            assertEquals(List.of(Events.DeviceStateChanged.BY_USER, "battery drain"), whys);
        }
    }

    @Test
    void aSystemEventRaisedByHandIsMarkedUserAndOneFromADeviceChangeSystem() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.ok(new Command.RaiseSystemEvent(SystemTriggerType.TIME_ZONE_CHANGE));
            h.device(d -> d.withPower(PowerSource.BATTERY));
            List<String> raised = h.events("SystemEventRaised").stream()
                    .map(e -> e.payloadAs(Events.SystemEventRaised.class))
                    .map(p -> p.systemTriggerType() + " " + p.raisedBy()).toList();
            assertEquals("TIME_ZONE_CHANGE USER", raised.get(0));
            assertEquals("POWER_STATE_CHANGE SYSTEM", raised.get(1));
        }
    }

    @Test
    void aCancelByHandIsMarkedUserAndOneByPolicySystem() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.load(pkg());
            h.device(d -> d.withPower(PowerSource.BATTERY));
            h.fire("Coop");
            h.runFor(Duration.ofSeconds(2));
            var first = h.awaitState("Coop", 1, InstanceState.RUNNING);
            h.ok(new Command.CancelInstance(first.id(), BackgroundTaskCancellationReason.IDLE_TASK));
            h.runFor(Duration.ofSeconds(4));
            h.fire("Coop");
            h.runFor(Duration.ofSeconds(6));
            h.device(d -> d.withSaver(BatterySaverMode.ON));
            h.runFor(Duration.ofSeconds(9));
            List<String> cancels = h.events("CancelRequested").stream()
                    .map(e -> e.payloadAs(Events.CancelRequested.class))
                    .map(p -> p.reason() + " " + p.requestedBy()).toList();
            assertEquals(List.of("IDLE_TASK USER", "ENERGY_SAVER SYSTEM"), cancels);
        }
    }

    @Test
    void anUnregisterByHandIsMarkedUserAndAnUninstallSystem() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.load(pkg());
            h.ok(new Command.Unregister(h.snapshot().registrations().get(0).taskId(), false));
            h.load(BasicPackage.builder("Other").task(CooperativeTask.class, "systemEvent")
                    .registration("Gone", CooperativeTask.class, new SystemTrigger(SystemTriggerType.TIME_ZONE_CHANGE, false))
                    .build());
            h.ok(new Command.UninstallPackage("Other"));
            List<String> removed = h.events("RegistrationRemoved").stream()
                    .map(e -> e.subjects().registrationName() + " " + e.payloadAs(Events.RegistrationRemoved.class).requestedBy())
                    .toList();
            assertEquals(List.of("Coop USER", "Gone SYSTEM"), removed);
        }
    }
}
