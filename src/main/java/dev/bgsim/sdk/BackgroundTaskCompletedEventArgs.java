package dev.bgsim.sdk;

import java.util.Objects;
import java.util.UUID;

/**
 * How an instance ended (WinRT {@code BackgroundTaskCompletedEventArgs}), given to
 * {@link BackgroundTaskCompletedListener}s.
 *
 * <p>As in WinRT, a cancelled instance that completed within its grace period counts as completed:
 * {@link #checkResult()} does not throw. Record the cancellation reason in {@link LocalSettings}
 * from the canceled listener if the app needs it.
 */
public final class BackgroundTaskCompletedEventArgs {

    private final UUID instanceId;
    private final Throwable cause;
    private final String terminatedBecause;

    private BackgroundTaskCompletedEventArgs(UUID instanceId, Throwable cause, String terminatedBecause) {
        this.instanceId = Objects.requireNonNull(instanceId, "instanceId");
        this.cause = cause;
        this.terminatedBecause = terminatedBecause;
    }

    /** The instance completed normally (possibly after a cancellation). */
    public static BackgroundTaskCompletedEventArgs completed(UUID instanceId) {
        return new BackgroundTaskCompletedEventArgs(instanceId, null, null);
    }

    /** The instance failed: {@code run()} or a task thread threw {@code cause}. */
    public static BackgroundTaskCompletedEventArgs failed(UUID instanceId, Throwable cause) {
        return new BackgroundTaskCompletedEventArgs(instanceId, Objects.requireNonNull(cause, "cause"), null);
    }

    /** The instance was terminated; {@code why} says by what. */
    public static BackgroundTaskCompletedEventArgs terminated(UUID instanceId, String why) {
        return new BackgroundTaskCompletedEventArgs(instanceId, null, Objects.requireNonNull(why, "why"));
    }

    /** The instance that ended. */
    public UUID getInstanceId() {
        return instanceId;
    }

    /**
     * Returns normally when the instance completed, and throws when it failed or was terminated.
     * Each call throws a new exception, so listeners sharing these args do not disturb each other.
     *
     * @throws BackgroundTaskFailedException when the instance failed (the cause is the task's
     *         exception) or was terminated ({@link BackgroundTaskFailedException#isTerminated()})
     */
    public void checkResult() throws BackgroundTaskFailedException {
        if (cause != null) {
            throw BackgroundTaskFailedException.failed(instanceId, cause);
        }
        if (terminatedBecause != null) {
            throw BackgroundTaskFailedException.terminated(instanceId, terminatedBecause);
        }
    }

    @Override
    public String toString() {
        String outcome = cause != null ? "failed: " + cause
                : terminatedBecause != null ? "terminated: " + terminatedBecause : "completed";
        return "BackgroundTaskCompletedEventArgs[" + instanceId + ", " + outcome + "]";
    }
}
