package dev.bgsim.sdk;

import java.util.Objects;
import java.util.UUID;

/**
 * Thrown by {@link BackgroundTaskCompletedEventArgs#checkResult()} when a task instance did not end
 * normally: it failed ({@code run()} threw, or a task thread died with an exception; the cause is
 * the task's exception) or it was terminated (the grace period after a cancellation ran out, the
 * host was killed, or low memory on a mobile profile; there is no cause).
 *
 * <p>The cause of an out-of-process failure was thrown in another process, so the app gets a copy:
 * of the same class when the app can load it, otherwise a stand-in that carries the original class
 * name, message and stack trace.
 */
public final class BackgroundTaskFailedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final UUID instanceId;
    private final boolean terminated;

    private BackgroundTaskFailedException(UUID instanceId, boolean terminated, String message, Throwable cause) {
        super(message, cause);
        this.instanceId = instanceId;
        this.terminated = terminated;
    }

    /**
     * The instance failed with {@code cause}.
     *
     * @throws NullPointerException when an argument is null
     */
    public static BackgroundTaskFailedException failed(UUID instanceId, Throwable cause) {
        Objects.requireNonNull(instanceId, "instanceId");
        Objects.requireNonNull(cause, "cause");
        return new BackgroundTaskFailedException(instanceId, false,
                "Background task instance " + instanceId + " failed: " + cause, cause);
    }

    /**
     * The instance was terminated.
     *
     * @param why what terminated it, for example {@code "grace period ran out after cancellation
     *        (EXECUTION_TIME_EXCEEDED)"}
     * @throws NullPointerException when an argument is null
     */
    public static BackgroundTaskFailedException terminated(UUID instanceId, String why) {
        Objects.requireNonNull(instanceId, "instanceId");
        Objects.requireNonNull(why, "why");
        return new BackgroundTaskFailedException(instanceId, true,
                "Background task instance " + instanceId + " was terminated: " + why, null);
    }

    /** The instance that did not end normally. */
    public UUID getInstanceId() {
        return instanceId;
    }

    /** True when the instance was terminated, false when it failed with an exception (the cause). */
    public boolean isTerminated() {
        return terminated;
    }
}
