package dev.bgsim.sdk;

/**
 * The simulated device's state as a task or app sees it now (WinRT {@code BackgroundWorkCost},
 * {@code PowerManager}, {@code NetworkInformation} and {@code MemoryManager}, gathered). Each call
 * reads the current value; the user, a scenario or a test may change the state at any time.
 */
public interface SystemStatus {

    /** How costly background work is now: a hint (AC power: LOW; battery, screen on: MEDIUM; battery, screen off: HIGH). */
    BackgroundWorkCostValue getBackgroundWorkCost();

    /** Whether battery saver is on, off, or cannot turn on (AC power). */
    EnergySaverStatus getEnergySaverStatus();

    /** Whether the internet is reachable now. */
    boolean isInternetAvailable();

    /** Whether the device runs on AC power ({@link PowerSupplyStatus#ADEQUATE}) or battery. */
    PowerSupplyStatus getPowerSupplyStatus();

    /** The battery level, 0 to 100. */
    int getRemainingChargePercent();

    /** The memory the calling process uses, in bytes (a task host or the app). */
    long getAppMemoryUsage();

    /**
     * The memory the calling process may use, in bytes: the device profile's quota for a
     * background task host when the profile has one (the mobile and xbox profiles), otherwise
     * the process's maximum heap.
     */
    long getAppMemoryUsageLimit();
}
