package dev.bgsim.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bgsim.sdk.BackgroundTaskRegistrationException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BackgroundTaskRegistrationExceptionTest {

    @ParameterizedTest
    @EnumSource(Reason.class)
    void everyReasonSaysWhatIsWrongAndWhatToDo(Reason reason) {
        assertFalse(reason.getDescription().isBlank());
        assertFalse(reason.getRemedy().isBlank());
        assertFalse(reason.getDescription().endsWith("."), "the message adds the punctuation");
        assertFalse(reason.getRemedy().endsWith("."), "the message adds the punctuation");
    }

    @Test
    void theMessageNamesTheRegistrationTheReasonAndTheDetails() {
        BackgroundTaskRegistrationException e = new BackgroundTaskRegistrationException(
                Reason.FRESHNESS_TOO_SHORT, "TimeTriggeredTask", "freshness 10 minutes");

        assertEquals(Reason.FRESHNESS_TOO_SHORT, e.getReason());
        assertEquals("TimeTriggeredTask", e.getRegistrationName());
        assertEquals("Cannot register registration 'TimeTriggeredTask': the trigger's freshness is under 15 minutes"
                + " (freshness 10 minutes); use a freshness of at least 15 minutes. [FRESHNESS_TOO_SHORT]",
                e.getMessage());
    }

    @Test
    void anUnnamedRegistrationWithoutDetailsStillReadsWell() {
        BackgroundTaskRegistrationException e = new BackgroundTaskRegistrationException(Reason.NO_TRIGGER, null, null);

        assertNull(e.getRegistrationName());
        assertTrue(e.getMessage().startsWith("Cannot register unnamed registration: no trigger was set; "),
                e.getMessage());
    }

    @Test
    void aReasonIsRequired() {
        assertThrows(NullPointerException.class, () -> new BackgroundTaskRegistrationException(null, "n", null));
    }
}
