package dev.bgsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bgsim.engine.broker.RegistrationRequest;
import dev.bgsim.engine.device.AccessSetting;
import dev.bgsim.engine.device.BatterySaverMode;
import dev.bgsim.engine.device.DeviceProfile;
import dev.bgsim.engine.device.PowerSource;
import dev.bgsim.engine.event.Events;
import dev.bgsim.engine.harness.EngineHarness;
import dev.bgsim.engine.instance.InstanceState;
import dev.bgsim.engine.packages.BasicPackage;
import dev.bgsim.engine.tasks.SleepTask;
import dev.bgsim.pkg.TriggerKind;
import dev.bgsim.sdk.SystemTrigger;
import dev.bgsim.sdk.SystemTriggerType;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** SPEC 3.2 (profile figures, events of device changes), 3.3 (names, battery saver), 3.5 (battery saver gate). */
class DevicePolicyAndNamingRulesTest {
    private static final SystemTrigger TZ = new SystemTrigger(SystemTriggerType.TIME_ZONE_CHANGE, false);
    private static final long MB = 1024L * 1024;

    @Test
    void builtInProfilesCarryTheDocumentedLimitsQuotasAndGracePeriod() {
        DeviceProfile desktop = DeviceProfile.builtIn("desktop");
        assertEquals(Optional.of(Duration.ofSeconds(30)), desktop.timeLimitFor(TriggerKind.SYSTEM));
        assertEquals(Optional.of(Duration.ofSeconds(30)), desktop.timeLimitFor(TriggerKind.TIME));
        for (TriggerKind tenMinutes : List.of(TriggerKind.APPLICATION, TriggerKind.MAINTENANCE, TriggerKind.DEVICE_USE)) {
            assertEquals(Optional.of(Duration.ofMinutes(10)), desktop.timeLimitFor(tenMinutes), tenMinutes.name());
        }
        assertEquals(Optional.empty(), desktop.memoryQuotaBytes(), "no memory quota on desktop");
        assertEquals(false, desktop.lowMemoryKills());

        DeviceProfile phone = DeviceProfile.builtIn("mobile-512mb");
        assertEquals(Optional.empty(), phone.timeLimitFor(TriggerKind.DEVICE_USE), "no DeviceUse limit on mobile");
        assertEquals(true, phone.lowMemoryKills());
        assertEquals(Optional.of(16 * MB), phone.memoryQuotaBytes());
        assertEquals(Optional.of(30 * MB), DeviceProfile.builtIn("mobile-1gb").memoryQuotaBytes());
        assertEquals(Optional.of(40 * MB), DeviceProfile.builtIn("mobile-2gb").memoryQuotaBytes());
        assertEquals(Optional.of(128 * MB), DeviceProfile.builtIn("xbox").memoryQuotaBytes());

        DeviceProfile strict = DeviceProfile.builtIn("strict");
        assertTrue(strict.idleWatchdog().isPresent(), "strict turns the idle watchdog on");
        assertTrue(strict.refuseUndeclaredTaskTypes(), "strict refuses undeclared task types");
        for (String name : DeviceProfile.BUILT_IN) {
            assertEquals(Duration.ofSeconds(5), DeviceProfile.builtIn(name).gracePeriod(), name);
        }
    }

    @Test
    void twoRegistrationsWithOneNameBothRunOnEachTrigger() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.loadWithAccess(BasicPackage.builder("Test.Names").task(SleepTask.class, "systemEvent")
                    .registration("Twin", SleepTask.class, TZ).build());
            h.ok(new Command.Register(new RegistrationRequest("Test.Names", "Twin", SleepTask.class.getName(), TZ,
                    List.of(), false, null, "USER")));
            assertEquals(2, h.snapshot().registrations().stream().filter(r -> r.name().equals("Twin")).count());
            h.ok(new Command.RaiseSystemEvent(SystemTriggerType.TIME_ZONE_CHANGE));
            h.runFor(Duration.ofSeconds(5));

            var done = h.await("both Twin registrations to complete an instance", s -> s.instances().stream()
                    .filter(i -> i.registration().equals("Twin") && i.state() == InstanceState.COMPLETED).count() == 2);
            assertEquals(2, done.instances().stream().map(i -> i.taskId()).distinct().count(),
                    "one instance of each registration: " + h.log());
        }
    }

    @Test
    void powerSaverAndUserChangesRaiseTheMatchingSystemEvents() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.device(d -> d.withPower(PowerSource.BATTERY).withBatteryPercent(80));
            assertEquals(List.of("POWER_STATE_CHANGE", "BACKGROUND_WORK_COST_CHANGE"), raisedSince(h, 0).stream()
                    .filter(t -> t.startsWith("POWER") || t.startsWith("BACKGROUND")).toList());

            int before = h.events("SystemEventRaised").size();
            h.device(d -> d.withSaver(BatterySaverMode.ON));
            assertTrue(raisedSince(h, before).containsAll(List.of("POWER_STATE_CHANGE", "BACKGROUND_WORK_COST_CHANGE")),
                    "battery saver on: " + raisedSince(h, before));

            h.device(d -> d.withUserPresent(false));
            before = h.events("SystemEventRaised").size();
            h.device(d -> d.withUserPresent(true));
            assertTrue(raisedSince(h, before).contains("USER_PRESENT"), "user back: " + raisedSince(h, before));
        }
    }

    @Test
    void batterySaverNeverBlocksRegistrationButHoldsActivationsUnlessAlwaysAllowed() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.device(d -> d.withPower(PowerSource.BATTERY).withBatteryPercent(80).withSaver(BatterySaverMode.ON));
            h.loadWithAccess(BasicPackage.builder("Test.Saver").task(SleepTask.class, "systemEvent")
                    .registration("Held", SleepTask.class, TZ).build());
            h.loadWithAccess(BasicPackage.builder("Test.Always").task(SleepTask.class, "systemEvent")
                    .registration("Allowed", SleepTask.class, TZ).build());
            h.ok(new Command.SetAccess("Test.Always", AccessSetting.ALWAYS_ALLOWED));
            assertEquals(2, h.snapshot().registrations().size(), "both registered under battery saver");

            h.ok(new Command.RaiseSystemEvent(SystemTriggerType.TIME_ZONE_CHANGE));
            h.runFor(Duration.ofSeconds(5));
            h.awaitState("Allowed", 1, InstanceState.COMPLETED);
            var held = h.snapshot().registration("Held").orElseThrow();
            assertTrue(held.pending(), "latched while battery saver is on");
            assertTrue(held.whyPending().stream().anyMatch(w -> w.code().contains("SAVER")), "why: " + held.whyPending());
            assertTrue(h.snapshot().instance("Held", 1).isEmpty(), "not started");

            h.device(d -> d.withPower(PowerSource.AC));
            h.runFor(Duration.ofSeconds(10));
            h.awaitState("Held", 1, InstanceState.COMPLETED);
        }
    }

    private static List<String> raisedSince(EngineHarness h, int index) {
        List<String> all = h.events("SystemEventRaised").stream()
                .map(e -> e.payloadAs(Events.SystemEventRaised.class).systemTriggerType()).toList();
        return all.subList(index, all.size());
    }
}
