package dev.bgsim.sdk;

/**
 * The answer to {@link DeviceUseTrigger#requestAsync(String)} and
 * {@link DeviceServicingTrigger#requestAsync(String, java.time.Duration)} (WinRT
 * {@code DeviceTriggerResult}). Constants are in WinRT order: {@link #ordinal()} equals the WinRT
 * value.
 */
public enum DeviceTriggerResult {
    /** The trigger was signalled: the task will run. */
    ALLOWED,
    /** Refused: the user denied the app access to the device or to background activity. */
    DENIED_BY_USER,
    /**
     * Refused by the system: another device task is running, the request did not come from the
     * foreground app, or (in bgsim) the trigger object was never registered.
     */
    DENIED_BY_SYSTEM,
    /** Refused: the battery is below the battery-saver threshold. */
    LOW_BATTERY
}
