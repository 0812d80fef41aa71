package dev.bgsim.sdk;

/**
 * The system events a {@link SystemTrigger} listens for (WinRT {@code SystemTriggerType}).
 *
 * <p>Constants are in WinRT order: {@link #ordinal()} equals the WinRT value. In bgsim a system
 * event is fired by hand, by a scenario, or by a device-state change that implies it (internet on
 * fires {@link #INTERNET_AVAILABLE} and {@link #NETWORK_STATE_CHANGE}, the user coming back fires
 * {@link #USER_PRESENT}, a power or battery-saver change fires {@link #POWER_STATE_CHANGE} and
 * {@link #BACKGROUND_WORK_COST_CHANGE}); every registration listening for the event is triggered.
 */
public enum SystemTriggerType {
    /** Not a valid trigger type: registering a trigger with it is refused. */
    INVALID,
    /** A new SMS message was received by a mobile-broadband device. */
    SMS_RECEIVED,
    /** The user became present. */
    USER_PRESENT,
    /** The user became absent. */
    USER_AWAY,
    /** The network changed: connectivity or cost. */
    NETWORK_STATE_CHANGE,
    /** A control channel was reset. Only with {@code oneShot == false}: one-shot is refused. */
    CONTROL_CHANNEL_RESET,
    /** The internet became available. */
    INTERNET_AVAILABLE,
    /** The user session connected. */
    SESSION_CONNECTED,
    /** The system finished updating the app: the place to migrate data and re-register tasks. */
    SERVICING_COMPLETE,
    /** The app's tile was added to the lock screen. */
    LOCK_SCREEN_APPLICATION_ADDED,
    /** The app's tile was removed from the lock screen. */
    LOCK_SCREEN_APPLICATION_REMOVED,
    /** The time zone changed in a way that changes the system time. */
    TIME_ZONE_CHANGE,
    /** The Microsoft account connected to the user's account changed. */
    ONLINE_ID_CONNECTED_STATE_CHANGE,
    /** The background work cost ({@link BackgroundWorkCostValue}) changed. */
    BACKGROUND_WORK_COST_CHANGE,
    /** The battery status changed: power source, battery saver. */
    POWER_STATE_CHANGE,
    /** The default sign-in account changed. */
    DEFAULT_SIGN_IN_ACCOUNT_CHANGE
}
