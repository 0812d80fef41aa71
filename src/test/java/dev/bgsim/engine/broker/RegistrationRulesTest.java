package dev.bgsim.engine.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bgsim.engine.Command;
import dev.bgsim.engine.device.AccessSetting;
import dev.bgsim.engine.harness.EngineHarness;
import dev.bgsim.engine.packages.BasicPackage;
import dev.bgsim.engine.tasks.SleepTask;
import dev.bgsim.engine.event.Events;
import dev.bgsim.sdk.ApplicationTrigger;
import dev.bgsim.sdk.BackgroundTrigger;
import dev.bgsim.sdk.DeviceUseTrigger;
import dev.bgsim.sdk.MaintenanceTrigger;
import dev.bgsim.sdk.SystemConditionType;
import dev.bgsim.sdk.SystemTrigger;
import dev.bgsim.sdk.SystemTriggerType;
import dev.bgsim.sdk.TimeTrigger;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistrationRulesTest {
    private static final String TASK = SleepTask.class.getName();

    private static String refusal(EngineHarness h, String entryPoint, BackgroundTrigger trigger,
                                  SystemConditionType... conditions) {
        var r = h.run(new Command.Register(new RegistrationRequest("Test.Pkg", "R", entryPoint, trigger,
                List.of(conditions), false, null, "APP")));
        if (r.ok()) {
            return "OK";
        }
        h.awaitQuiet();
        return h.events("RegistrationRefused").get(h.events("RegistrationRefused").size() - 1)
                .payloadAs(Events.RegistrationRefused.class).reason();
    }

    @Test
    void brokerRefusesWithTheDocumentedReasons() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.load(BasicPackage.builder("Test.Pkg").task(SleepTask.class, "systemEvent", "timer", "general").build());
            assertEquals("NO_TRIGGER", refusal(h, TASK, null));
            assertEquals("ENTRY_POINT_NOT_DECLARED", refusal(h, "nope.Missing", new TimeTrigger(15, false)));
            assertEquals("FRESHNESS_TOO_SHORT", refusal(h, TASK, new TimeTrigger(14, false)));
            assertEquals("FRESHNESS_TOO_LONG", refusal(h, TASK, new MaintenanceTrigger(43_201, false)));
            assertEquals("ONE_SHOT_CONTROL_CHANNEL_RESET",
                    refusal(h, TASK, new SystemTrigger(SystemTriggerType.CONTROL_CHANNEL_RESET, true)));
            assertEquals("CONDITIONS_NOT_ALLOWED", refusal(h, TASK, new DeviceUseTrigger(),
                    SystemConditionType.INTERNET_AVAILABLE));
            assertEquals("NOT_ALLOWED_IN_PROCESS", refusal(h, null, new DeviceUseTrigger()));
            assertEquals("OK", refusal(h, TASK, new ApplicationTrigger()));
            assertEquals("TRIGGER_ALREADY_REGISTERED", refusal(h, TASK, new ApplicationTrigger()));
            h.ok(new Command.SetAccess("Test.Pkg", AccessSetting.NEVER_ALLOWED));
            assertEquals("ACCESS_DENIED", refusal(h, TASK, new TimeTrigger(15, false)));
        }
    }

    @Test
    void undeclaredTaskTypeRegistersOnDesktopButIsRefusedOnStrict() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.load(BasicPackage.builder("Test.Pkg").task(SleepTask.class, "systemEvent", "timer").build());
            assertEquals("OK", refusal(h, TASK, new ApplicationTrigger()));
        }
        try (EngineHarness h = EngineHarness.start("strict")) {
            h.load(BasicPackage.builder("Test.Pkg").task(SleepTask.class, "systemEvent", "timer").build());
            assertEquals("TASK_TYPE_NOT_DECLARED", refusal(h, TASK, new ApplicationTrigger()));
        }
    }

    @Test
    void registrationWithoutRequestedAccessSucceedsButTimeTriggerWaitsAndSaysWhy() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.load(BasicPackage.builder("Test.Pkg").task(SleepTask.class, "timer")
                    .registration("T", SleepTask.class, new TimeTrigger(15, false)).build());
            h.fire("T");
            var reg = h.snapshot().registration("T").orElseThrow();
            assertTrue(reg.pending());
            assertEquals("ACCESS_NOT_REQUESTED", reg.whyPending().get(0).code());
        }
    }
}
