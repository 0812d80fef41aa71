package dev.bgsim.engine.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bgsim.engine.Command;
import dev.bgsim.engine.CommandResult;
import dev.bgsim.engine.apps.TriggerApp;
import dev.bgsim.engine.device.BatterySaverMode;
import dev.bgsim.engine.device.PowerSource;
import dev.bgsim.engine.event.Events;
import dev.bgsim.engine.harness.EngineHarness;
import dev.bgsim.engine.instance.InstanceState;
import dev.bgsim.engine.packages.BasicPackage;
import dev.bgsim.engine.tasks.ArgsTask;
import dev.bgsim.sdk.ApplicationTrigger;
import dev.bgsim.sdk.DeviceUseTrigger;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SPEC 3.4: app-signalled triggers and their result enums. */
class AppTriggerRequestTest {
    static final String PKG = "Test.App";

    @Test
    void foregroundRequestRunsTheTaskWithArgumentsAndASecondWhileRunningIsCurrentlyRunning() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.load(BasicPackage.builder(PKG).app(TriggerApp.class).task(ArgsTask.class, "general").build());
            h.app(PKG, AppAction.LAUNCH);
            h.awaitQuiet();
            assertEquals("ALLOWED", h.setting("first"));
            assertEquals("CURRENTLY_RUNNING", h.setting("second"));
            h.runFor(Duration.ofSeconds(5));
            h.awaitState("Signalled", 1, InstanceState.COMPLETED);
            assertEquals("{k=v}", h.setting("args"));
        }
    }

    @Test
    void requestFromTheBackgroundIsDisabledByPolicyAndRecordedForTheChecker() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.load(BasicPackage.builder(PKG).app(TriggerApp.class).task(ArgsTask.class, "general").build());
            h.app(PKG, AppAction.LAUNCH);
            h.runFor(Duration.ofSeconds(5));
            h.app(PKG, AppAction.MINIMISE);
            h.awaitQuiet();
            assertEquals("DISABLED_BY_POLICY", h.setting("background"));
            var last = h.events("TriggerRequested").get(h.events("TriggerRequested").size() - 1)
                    .payloadAs(Events.TriggerRequested.class);
            assertEquals("BACKGROUND_APP", last.caller());
            assertEquals(1, h.snapshot().registration("Signalled").orElseThrow().instancesStarted());
        }
    }

    private static BasicPackage manifestApplicationTrigger() {
        return BasicPackage.builder(PKG).task(ArgsTask.class, "general", "deviceUse")
                .registration("Signalled", ArgsTask.class, new ApplicationTrigger())
                .registration("Device", ArgsTask.class, new DeviceUseTrigger()).build();
    }

    @Test
    void userRequestObeysBatterySaverAndAccess() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.loadWithAccess(manifestApplicationTrigger());
            h.device(d -> d.withPower(PowerSource.BATTERY).withSaver(BatterySaverMode.ON));
            CommandResult r = h.run(new Command.RequestTrigger(PKG, "Signalled", Map.of("n", 1), null));
            assertFalse(r.ok());
            assertTrue(r.message().contains("DISABLED_BY_POLICY"), r.message());
            h.device(d -> d.withPower(PowerSource.AC));
            assertTrue(h.run(new Command.RequestTrigger(PKG, "Signalled", Map.of("n", 1), null)).ok());
            h.runFor(Duration.ofSeconds(5));
            h.awaitState("Signalled", 1, InstanceState.COMPLETED);
            assertEquals("{n=1}", h.setting("args"));
        }
    }

    @Test
    void deviceUseAnswersLowBatteryUnderTheThresholdAndDeniedBySystemWhileRunning() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.loadWithAccess(manifestApplicationTrigger());
            h.device(d -> d.withPower(PowerSource.BATTERY).withBatteryPercent(10));
            assertTrue(h.run(new Command.RequestTrigger(PKG, "Device", Map.of(), "sensor-1")).message()
                    .contains("LOW_BATTERY"));
            h.device(d -> d.withPower(PowerSource.AC));
            assertTrue(h.run(new Command.RequestTrigger(PKG, "Device", Map.of("arguments", "sync"), "sensor-1")).ok());
            String second = h.run(new Command.RequestTrigger(PKG, "Device", Map.of(), "sensor-1")).message();
            assertTrue(second.contains("DENIED_BY_SYSTEM"), second + "\n" + h.log());
            h.runFor(Duration.ofSeconds(5));
            assertEquals("sensor-1 sync", h.setting("args"));
        }
    }

    @Test
    void fireWithArgumentsGivesTheTaskApplicationTriggerDetails() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.loadWithAccess(manifestApplicationTrigger());
            h.ok(new Command.FireByName(PKG, "Signalled", false, Map.of("from", "dialog")));
            h.runFor(Duration.ofSeconds(5));
            h.awaitState("Signalled", 1, InstanceState.COMPLETED);
            assertEquals("{from=dialog}", h.setting("args"));
        }
    }
}
