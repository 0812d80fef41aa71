package dev.bgsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bgsim.engine.event.EventJson;
import dev.bgsim.engine.event.Events;
import dev.bgsim.engine.harness.EngineHarness;
import dev.bgsim.engine.instance.InstanceState;
import dev.bgsim.engine.packages.BasicPackage;
import dev.bgsim.engine.tasks.SleepTask;
import dev.bgsim.sdk.SystemTrigger;
import dev.bgsim.sdk.SystemTriggerType;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** "Fire with arguments" (SPEC 3.4): arguments are JSON values, null included; anything else is refused. */
class FireArgumentsTest {
    private static final String PKG = "Test.Args";

    @Test
    void aJsonNullArgumentIsAValueTheTaskSeesAndTheEventLogKeeps() {
        try (EngineHarness h = start()) {
            Map<String, Object> args = new HashMap<>();
            args.put("a", null);
            args.put("b", 2);
            CommandResult fired = h.ok(new Command.FireByName(PKG, "Tz", false, args));

            assertTrue(fired.ok(), fired.message());
            h.awaitState("Tz", 1, InstanceState.RUNNING);
            Events.TriggerFired event = h.events("TriggerFired").get(0).payloadAs(Events.TriggerFired.class);
            Map<?, ?> details = (Map<?, ?>) event.details();
            assertTrue(details.containsKey("a"), "the null argument is kept: " + details);
            assertEquals(null, details.get("a"));
            assertEquals(2, details.get("b"));
            String json = new EventJson().write(h.events("TriggerFired").get(0));
            assertTrue(json.contains("\"a\":null"), json);
            assertTrue(h.engine().errors().isEmpty(), "no engine error: " + h.engine().errors());
        }
    }

    @Test
    void anArgumentJsonCannotHoldIsRefusedWithTheReason() {
        try (EngineHarness h = start()) {
            CommandResult refused = h.run(new Command.FireByName(PKG, "Tz", false, Map.of("when", new Object())));

            assertFalse(refused.ok());
            assertTrue(refused.message().contains("cannot fire Tz with these arguments")
                    && refused.message().contains("when"), refused.message());
            assertTrue(h.events("TriggerFired").isEmpty(), "nothing fired");
            assertTrue(h.engine().errors().isEmpty(), "no engine error: " + h.engine().errors());
        }
    }

    private static EngineHarness start() {
        EngineHarness h = EngineHarness.start("desktop");
        h.loadWithAccess(BasicPackage.builder(PKG).task(SleepTask.class, "systemEvent")
                .registration("Tz", SleepTask.class, new SystemTrigger(SystemTriggerType.TIME_ZONE_CHANGE, false)).build());
        return h;
    }
}
