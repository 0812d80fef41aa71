package dev.bgsim.engine.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InstanceLifecycleTest {
    @ParameterizedTest
    @CsvSource({
        "STARTING, RUN_STARTED, RUNNING",
        "RUNNING, RUN_RETURNED_DONE, COMPLETED",
        "RUNNING, RUN_RETURNED_DEFERRED, RUN_RETURNED_DEFERRED",
        "RUN_RETURNED_DEFERRED, DEFERRALS_DONE, COMPLETED",
        "RUNNING, CANCEL, CANCEL_REQUESTED",
        "CANCEL_REQUESTED, RUN_RETURNED_DONE, CANCELED",
        "CANCEL_REQUESTED, DEFERRALS_DONE, CANCELED",
        "CANCEL_REQUESTED, GRACE_EXPIRED, TERMINATED",
        "RUNNING, FAIL, FAILED",
        "RUNNING, TERMINATE, TERMINATED"
    })
    void tableRows(InstanceState from, InstanceAction action, InstanceState to) {
        assertEquals(to, InstanceLifecycle.transition(from, action).next());
    }

    @Test
    void missingPairIsALoudErrorNamingBoth() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> InstanceLifecycle.transition(InstanceState.COMPLETED, InstanceAction.CANCEL));
        assertTrue(e.getMessage().contains("CANCEL") && e.getMessage().contains("COMPLETED"), e.getMessage());
    }
}
