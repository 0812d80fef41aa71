package dev.bgsim.engine.device;

import dev.bgsim.sdk.BackgroundWorkCostValue;
import dev.bgsim.sdk.EnergySaverStatus;
import dev.bgsim.sdk.PowerSupplyStatus;
import dev.bgsim.sdk.SystemConditionType;

/**
 * The device and policy state of SPEC 3.2 (minus per-package access and the profile), immutable;
 * commands replace it with a changed copy. Also published as a volatile snapshot that task
 * threads read for {@code SystemStatus}.
 *
 * @param power                 AC or battery
 * @param batteryPercent        0..100
 * @param drainPercentPerHour   battery drain while on battery (0: none)
 * @param saverMode             battery saver setting
 * @param saverThresholdPercent AUTO switches on at or below this level, on battery
 * @param internet              internet available
 * @param metered               network is metered (costed)
 * @param userPresent           user present
 * @param sessionConnected      session connected
 * @param screenOn              screen on
 * @param memoryPressure        memory pressure
 */
public record DeviceState(PowerSource power, int batteryPercent, double drainPercentPerHour,
                          BatterySaverMode saverMode, int saverThresholdPercent, boolean internet,
                          boolean metered, boolean userPresent, boolean sessionConnected, boolean screenOn,
                          MemoryPressure memoryPressure) {

    /** A desktop on AC, online, user present. */
    public static DeviceState initial() {
        return new DeviceState(PowerSource.AC, 100, 0, BatterySaverMode.OFF, 20, true, false, true, true, true,
                MemoryPressure.NORMAL);
    }

    public DeviceState {
        if (batteryPercent < 0 || batteryPercent > 100) {
            throw new IllegalArgumentException("battery level must be 0..100, was " + batteryPercent);
        }
        if (saverThresholdPercent < 0 || saverThresholdPercent > 100) {
            throw new IllegalArgumentException("battery saver threshold must be 0..100, was " + saverThresholdPercent);
        }
        if (drainPercentPerHour < 0) {
            throw new IllegalArgumentException("battery drain must be >= 0, was " + drainPercentPerHour);
        }
    }

    /** Whether battery saver is in effect: on (or auto under the threshold) and on battery. */
    public boolean saverActive() {
        if (power == PowerSource.AC) {
            return false;
        }
        return saverMode == BatterySaverMode.ON
                || (saverMode == BatterySaverMode.AUTO && batteryPercent <= saverThresholdPercent);
    }

    public boolean onBattery() {
        return power == PowerSource.BATTERY;
    }

    public EnergySaverStatus energySaverStatus() {
        if (power == PowerSource.AC) {
            return EnergySaverStatus.DISABLED;
        }
        return saverActive() ? EnergySaverStatus.ON : EnergySaverStatus.OFF;
    }

    public PowerSupplyStatus powerSupplyStatus() {
        return power == PowerSource.AC ? PowerSupplyStatus.ADEQUATE : PowerSupplyStatus.NOT_PRESENT;
    }

    /** Semantics reference 1.6: AC → LOW; battery + screen on → MEDIUM; battery + screen off → HIGH. */
    public BackgroundWorkCostValue workCost() {
        if (power == PowerSource.AC) {
            return BackgroundWorkCostValue.LOW;
        }
        return screenOn ? BackgroundWorkCostValue.MEDIUM : BackgroundWorkCostValue.HIGH;
    }

    /** Whether a system condition holds in this state. */
    public boolean holds(SystemConditionType condition) {
        return switch (condition) {
            case USER_PRESENT -> userPresent;
            case USER_NOT_PRESENT -> !userPresent;
            case INTERNET_AVAILABLE -> internet;
            case INTERNET_NOT_AVAILABLE -> !internet;
            case SESSION_CONNECTED -> sessionConnected;
            case SESSION_DISCONNECTED -> !sessionConnected;
            case FREE_NETWORK_AVAILABLE -> internet && !metered;
            case BACKGROUND_WORK_COST_NOT_HIGH -> workCost() != BackgroundWorkCostValue.HIGH;
            case INVALID -> false;
        };
    }

    // --- withers: one per field of SPEC 3.2 ---

    public DeviceState withPower(PowerSource p) {
        // Battery saver switches off on AC (SPEC 3.2).
        BatterySaverMode mode = p == PowerSource.AC && saverMode == BatterySaverMode.ON ? BatterySaverMode.OFF : saverMode;
        return new DeviceState(p, batteryPercent, drainPercentPerHour, mode, saverThresholdPercent, internet, metered,
                userPresent, sessionConnected, screenOn, memoryPressure);
    }

    public DeviceState withBatteryPercent(int v) {
        return new DeviceState(power, v, drainPercentPerHour, saverMode, saverThresholdPercent, internet, metered,
                userPresent, sessionConnected, screenOn, memoryPressure);
    }

    public DeviceState withDrain(double v) {
        return new DeviceState(power, batteryPercent, v, saverMode, saverThresholdPercent, internet, metered,
                userPresent, sessionConnected, screenOn, memoryPressure);
    }

    public DeviceState withSaver(BatterySaverMode v) {
        return new DeviceState(power, batteryPercent, drainPercentPerHour, v, saverThresholdPercent, internet, metered,
                userPresent, sessionConnected, screenOn, memoryPressure);
    }

    public DeviceState withSaverThreshold(int v) {
        return new DeviceState(power, batteryPercent, drainPercentPerHour, saverMode, v, internet, metered,
                userPresent, sessionConnected, screenOn, memoryPressure);
    }

    public DeviceState withInternet(boolean v) {
        return new DeviceState(power, batteryPercent, drainPercentPerHour, saverMode, saverThresholdPercent, v, metered,
                userPresent, sessionConnected, screenOn, memoryPressure);
    }

    public DeviceState withMetered(boolean v) {
        return new DeviceState(power, batteryPercent, drainPercentPerHour, saverMode, saverThresholdPercent, internet, v,
                userPresent, sessionConnected, screenOn, memoryPressure);
    }

    public DeviceState withUserPresent(boolean v) {
        return new DeviceState(power, batteryPercent, drainPercentPerHour, saverMode, saverThresholdPercent, internet,
                metered, v, sessionConnected, screenOn, memoryPressure);
    }

    public DeviceState withSessionConnected(boolean v) {
        return new DeviceState(power, batteryPercent, drainPercentPerHour, saverMode, saverThresholdPercent, internet,
                metered, userPresent, v, screenOn, memoryPressure);
    }

    public DeviceState withScreenOn(boolean v) {
        return new DeviceState(power, batteryPercent, drainPercentPerHour, saverMode, saverThresholdPercent, internet,
                metered, userPresent, sessionConnected, v, memoryPressure);
    }

    public DeviceState withMemoryPressure(MemoryPressure v) {
        return new DeviceState(power, batteryPercent, drainPercentPerHour, saverMode, saverThresholdPercent, internet,
                metered, userPresent, sessionConnected, screenOn, v);
    }
}
