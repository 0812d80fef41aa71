package dev.bgsim.sdk;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class BackgroundTaskCompletedEventArgsTest {

    private final UUID id = UUID.fromString("00000000-0000-0000-0000-000000000007");

    @Test
    void aCompletedInstanceChecksClean() {
        BackgroundTaskCompletedEventArgs args = BackgroundTaskCompletedEventArgs.completed(id);
        assertEquals(id, args.getInstanceId());
        assertDoesNotThrow(args::checkResult);
    }

    @Test
    void aFailedInstanceThrowsWithTheTasksExceptionAsCause() {
        IllegalStateException taskError = new IllegalStateException("disk full");
        BackgroundTaskCompletedEventArgs args = BackgroundTaskCompletedEventArgs.failed(id, taskError);

        BackgroundTaskFailedException first = assertThrows(BackgroundTaskFailedException.class, args::checkResult);
        BackgroundTaskFailedException second = assertThrows(BackgroundTaskFailedException.class, args::checkResult);

        assertSame(taskError, first.getCause());
        assertFalse(first.isTerminated());
        assertEquals(id, first.getInstanceId());
        assertEquals("Background task instance " + id + " failed: java.lang.IllegalStateException: disk full",
                first.getMessage());
        assertNotSame(first, second);
    }

    @Test
    void aTerminatedInstanceThrowsWithoutCause() {
        BackgroundTaskCompletedEventArgs args = BackgroundTaskCompletedEventArgs.terminated(id,
                "grace period ran out after cancellation (EXECUTION_TIME_EXCEEDED)");

        BackgroundTaskFailedException e = assertThrows(BackgroundTaskFailedException.class, args::checkResult);

        assertTrue(e.isTerminated());
        assertNull(e.getCause());
        assertEquals("Background task instance " + id
                + " was terminated: grace period ran out after cancellation (EXECUTION_TIME_EXCEEDED)", e.getMessage());
    }

    @Test
    void progressArgsCarryInstanceAndValue() {
        BackgroundTaskProgressEventArgs args = new BackgroundTaskProgressEventArgs(id, 40);
        assertEquals(id, args.getInstanceId());
        assertEquals(40, args.getProgress());
        assertThrows(NullPointerException.class, () -> new BackgroundTaskProgressEventArgs(null, 1));
    }
}
