package dev.bgsim.pkg;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TaskTypeTableTest {
    private final TaskTypeTable table = TaskTypeTable.standard();

    @ParameterizedTest(name = "{0} allows {1}")
    @CsvSource({
            "systemEvent, SYSTEM",
            "timer, TIME",
            "general, APPLICATION MAINTENANCE",
            "mediaProcessing, MEDIA_PROCESSING",
            "pushNotification, PUSH_NOTIFICATION",
            "controlChannel, CONTROL_CHANNEL",
            "deviceUse, DEVICE_USE",
            "deviceServicing, DEVICE_SERVICING",
            "location, CUSTOM",
            "bluetooth, CUSTOM",
            "deviceConnectionChange, CUSTOM",
            "audio, CUSTOM",
            "chatMessageNotification, CUSTOM",
            "phoneCall, CUSTOM",
            "vpnClient, CUSTOM",
            "startup, CUSTOM"})
    void taskTypeMapsToItsTriggers(String taskType, String kinds) {
        List<TriggerKind> expected = Arrays.stream(kinds.split(" ")).map(TriggerKind::valueOf).toList();
        assertEquals(expected, table.find(taskType).orElseThrow().triggerKinds());
    }

    @Test
    void everySchemaTaskTypeIsKnown() {
        for (String type : List.of("general", "audio", "controlChannel", "systemEvent", "timer", "pushNotification", "location",
                "deviceUse", "deviceServicing", "deviceConnectionChange", "bluetooth", "chatMessageNotification", "vpnClient",
                "phoneCall", "mediaProcessing", "startup")) {
            assertTrue(table.isKnown(type), type);
        }
        assertEquals(16, table.names().size());
    }

    @Test
    void taskTypesAreCaseSensitiveWithASuggestion() {
        assertFalse(table.isKnown("Timer"));
        assertEquals("timer", table.sameNameIgnoringCase("Timer").orElseThrow());
    }

    @Test
    void reverseLookupGivesTheTypesATriggerNeeds() {
        assertEquals(List.of("general"), table.taskTypesFor(TriggerKind.APPLICATION));
        assertEquals(List.of("general"), table.taskTypesFor(TriggerKind.MAINTENANCE));
        assertTrue(table.customTaskTypes().containsAll(List.of("location", "bluetooth", "startup")));
        assertFalse(table.customTaskTypes().contains("timer"));
    }
}
