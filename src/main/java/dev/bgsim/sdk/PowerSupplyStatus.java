package dev.bgsim.sdk;

/**
 * The device's external power supply (WinRT {@code Windows.System.Power.PowerSupplyStatus}),
 * read through {@link SystemStatus#getPowerSupplyStatus()}. bgsim answers {@link #ADEQUATE} on AC
 * power and {@link #NOT_PRESENT} on battery. Constants are in WinRT order: {@link #ordinal()}
 * equals the WinRT value.
 */
public enum PowerSupplyStatus {
    /** No power supply: the device runs on battery. */
    NOT_PRESENT,
    /** A power supply is present but the battery still loses charge. */
    INADEQUATE,
    /** A power supply is present and adequate: the device is on AC power. */
    ADEQUATE
}
