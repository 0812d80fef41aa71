package dev.bgsim.sdk;

/**
 * The state of battery saver (WinRT {@code Windows.System.Power.EnergySaverStatus}), read through
 * {@link SystemStatus#getEnergySaverStatus()}. Constants are in WinRT order: {@link #ordinal()}
 * equals the WinRT value.
 */
public enum EnergySaverStatus {
    /** Battery saver is off for good, or the device is on AC power. */
    DISABLED,
    /** Battery saver is off now but may turn on by itself (battery under the threshold). */
    OFF,
    /** Battery saver is on: tasks of apps that are not "Always allowed" do not run. */
    ON
}
