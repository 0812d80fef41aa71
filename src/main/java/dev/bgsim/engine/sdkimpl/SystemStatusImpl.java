package dev.bgsim.engine.sdkimpl;

import dev.bgsim.engine.device.DeviceState;
import dev.bgsim.sdk.BackgroundWorkCostValue;
import dev.bgsim.sdk.EnergySaverStatus;
import dev.bgsim.sdk.PowerSupplyStatus;
import dev.bgsim.sdk.SystemStatus;
import java.util.function.Supplier;

/**
 * SystemStatus read from the device snapshot the engine publishes (volatile, immutable). Memory
 * figures: in-JVM hosts cannot measure a task's heap, so usage is 0 and the limit is the
 * profile's quota (0 = none); the child-JVM host reports real numbers.
 */
public final class SystemStatusImpl implements SystemStatus {
    private final Supplier<DeviceState> device;
    private final long memoryLimit;

    public SystemStatusImpl(Supplier<DeviceState> device, long memoryLimit) {
        this.device = device;
        this.memoryLimit = memoryLimit;
    }

    @Override
    public BackgroundWorkCostValue getBackgroundWorkCost() {
        return device.get().workCost();
    }

    @Override
    public EnergySaverStatus getEnergySaverStatus() {
        return device.get().energySaverStatus();
    }

    @Override
    public boolean isInternetAvailable() {
        return device.get().internet();
    }

    @Override
    public PowerSupplyStatus getPowerSupplyStatus() {
        return device.get().powerSupplyStatus();
    }

    @Override
    public int getRemainingChargePercent() {
        return device.get().batteryPercent();
    }

    @Override
    public long getAppMemoryUsage() {
        return 0;
    }

    @Override
    public long getAppMemoryUsageLimit() {
        return memoryLimit;
    }
}
