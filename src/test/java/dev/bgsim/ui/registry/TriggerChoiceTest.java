package dev.bgsim.ui.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bgsim.pkg.TriggerKind;
import dev.bgsim.sdk.MaintenanceTrigger;
import dev.bgsim.sdk.SystemTrigger;
import dev.bgsim.sdk.SystemTriggerType;
import dev.bgsim.sdk.TimeTrigger;
import org.junit.jupiter.api.Test;

/** The register dialog's trigger fields make the SDK trigger an app would have built. */
class TriggerChoiceTest {
    @Test
    void timedAndSystemTriggersCarryTheirFields() {
        assertEquals("TimeTrigger(freshnessMinutes=30, oneShot=true)",
                new TriggerChoice(TriggerKind.TIME, 30, null, true).toSpec().describe());
        assertTrue(new TriggerChoice(TriggerKind.TIME, 30, null, true).toSpec().toSdkTrigger() instanceof TimeTrigger);
        assertTrue(new TriggerChoice(TriggerKind.MAINTENANCE, 15, null, false).toSpec().toSdkTrigger()
                instanceof MaintenanceTrigger);
        assertEquals("SystemTrigger(systemTriggerType=USER_PRESENT, oneShot=false)",
                new TriggerChoice(TriggerKind.SYSTEM, 15, SystemTriggerType.USER_PRESENT, false).toSpec().describe());
        assertTrue(new TriggerChoice(TriggerKind.SYSTEM, 0, SystemTriggerType.USER_PRESENT, false).toSpec().toSdkTrigger()
                instanceof SystemTrigger);
        assertEquals(TriggerKind.APPLICATION, new TriggerChoice(TriggerKind.APPLICATION, 0, null, false).toSpec().kind());
    }

    @Test
    void missingFieldsSayWhatToFix() {
        assertEquals("choose the system event that fires it", assertThrows(IllegalArgumentException.class,
                () -> new TriggerChoice(TriggerKind.SYSTEM, 15, null, false).toSpec()).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new TriggerChoice(TriggerKind.TIME, 0, null, false).toSpec()).getMessage().contains("at least 15"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new TriggerChoice(TriggerKind.CONTROL_CHANNEL, 15, null, false).toSpec()).getMessage()
                .contains("register it from the app"));
    }
}
