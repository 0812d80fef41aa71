package dev.bgsim.sdk;

import java.util.Objects;
import java.util.UUID;

/**
 * An instance's progress report (WinRT {@code BackgroundTaskProgressEventArgs}).
 *
 * @param instanceId the instance that reported
 * @param progress the value it set, 0 to 100
 */
public record BackgroundTaskProgressEventArgs(UUID instanceId, int progress) {

    /**
     * Creates the report.
     *
     * @throws NullPointerException when {@code instanceId} is null
     */
    public BackgroundTaskProgressEventArgs {
        Objects.requireNonNull(instanceId, "instanceId");
    }

    /** The instance that reported. */
    public UUID getInstanceId() {
        return instanceId;
    }

    /** The value it set with {@link BackgroundTaskInstance#setProgress(int)}. */
    public int getProgress() {
        return progress;
    }
}
