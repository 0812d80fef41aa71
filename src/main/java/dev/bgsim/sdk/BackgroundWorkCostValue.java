package dev.bgsim.sdk;

/**
 * How costly background work is right now (WinRT {@code BackgroundWorkCostValue}), a hint read
 * through {@link SystemStatus#getBackgroundWorkCost()}. bgsim derives it from the device state:
 * AC power gives {@link #LOW}, battery with the screen on {@link #MEDIUM}, battery with the
 * screen off {@link #HIGH}. Constants are in WinRT order: {@link #ordinal()} equals the WinRT
 * value.
 */
public enum BackgroundWorkCostValue {
    /** Resources are free: background work is fine. */
    LOW,
    /** Resources are in use: some background work is fine. */
    MEDIUM,
    /** Resources are heavily used: do no background work. */
    HIGH
}
