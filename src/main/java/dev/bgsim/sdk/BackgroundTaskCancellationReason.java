package dev.bgsim.sdk;

/**
 * Why the simulated system cancelled a running task (WinRT
 * {@code BackgroundTaskCancellationReason}), passed to every
 * {@link BackgroundTaskCanceledListener}.
 *
 * <p>Constants are in WinRT order: {@link #ordinal()} equals the WinRT value. The user can cancel
 * any running instance with any of these reasons.
 */
public enum BackgroundTaskCancellationReason {
    /** Cancelled by the app: {@code unregister(true)}, or a maintenance task when power goes to battery. */
    ABORT,
    /** The app is about to be terminated by system policy: save state. */
    TERMINATING,
    /** The user is logging off. */
    LOGGING_OFF,
    /** The app is being updated. */
    SERVICING_UPDATE,
    /** The task holds a deferral but does no work (the idle watchdog). */
    IDLE_TASK,
    /** The app is being uninstalled. */
    UNINSTALL,
    /** A condition the task requires no longer holds, and cancel-on-condition-loss is set. */
    CONDITION_LOSS,
    /** System policy, for example background access was removed. */
    SYSTEM_POLICY,
    /** The device entered quiet hours. Not raised since Windows 10; bgsim raises it only when the user picks it. */
    QUIET_HOURS_ENTERED,
    /** The task ran past its time limit. */
    EXECUTION_TIME_EXCEEDED,
    /** The system needed the task's resources. */
    RESOURCE_REVOCATION,
    /** Battery saver turned on (the app is not "Always allowed"). */
    ENERGY_SAVER
}
