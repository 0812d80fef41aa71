package dev.bgsim.sdk;

/**
 * What a {@link SystemCondition} requires before a triggered task may start (WinRT
 * {@code SystemConditionType}).
 *
 * <p>Constants are in WinRT order: {@link #ordinal()} equals the WinRT value. A fired trigger
 * whose conditions do not all hold is latched: the activation waits, and starts as soon as every
 * condition holds. With {@link BackgroundTaskBuilder#setCancelOnConditionLoss(boolean)} a running
 * task is cancelled with {@link BackgroundTaskCancellationReason#CONDITION_LOSS} when one stops
 * holding.
 */
public enum SystemConditionType {
    /** Not a valid condition: registering with it is refused. */
    INVALID,
    /** The user is present. */
    USER_PRESENT,
    /** The user is not present. */
    USER_NOT_PRESENT,
    /** The internet is available. */
    INTERNET_AVAILABLE,
    /** The internet is not available. */
    INTERNET_NOT_AVAILABLE,
    /** The user session is connected. */
    SESSION_CONNECTED,
    /** The user session is disconnected (not a log-off). */
    SESSION_DISCONNECTED,
    /** A free (not metered) network is available. */
    FREE_NETWORK_AVAILABLE,
    /** The background work cost is not {@link BackgroundWorkCostValue#HIGH}. */
    BACKGROUND_WORK_COST_NOT_HIGH
}
