package dev.bgsim.host.child;

import dev.bgsim.host.protocol.DeviceStatusSnapshot;
import dev.bgsim.sdk.BackgroundWorkCostValue;
import dev.bgsim.sdk.EnergySaverStatus;
import dev.bgsim.sdk.PowerSupplyStatus;
import dev.bgsim.sdk.SystemStatus;

/**
 * {@link SystemStatus} in a host: answers from the last snapshot bgsim pushed (START_INSTANCE,
 * STATUS_UPDATE). Written by the reader thread, read by any task thread.
 */
final class HostSystemStatus implements SystemStatus {
    private volatile DeviceStatusSnapshot snapshot = DeviceStatusSnapshot.desktopDefaults();

    void update(DeviceStatusSnapshot value) {
        snapshot = value;
    }

    @Override
    public BackgroundWorkCostValue getBackgroundWorkCost() {
        return snapshot.backgroundWorkCost();
    }

    @Override
    public EnergySaverStatus getEnergySaverStatus() {
        return snapshot.energySaverStatus();
    }

    @Override
    public boolean isInternetAvailable() {
        return snapshot.internetAvailable();
    }

    @Override
    public PowerSupplyStatus getPowerSupplyStatus() {
        return snapshot.powerSupplyStatus();
    }

    @Override
    public int getRemainingChargePercent() {
        return snapshot.remainingChargePercent();
    }

    @Override
    public long getAppMemoryUsage() {
        return snapshot.appMemoryUsage();
    }

    @Override
    public long getAppMemoryUsageLimit() {
        return snapshot.appMemoryUsageLimit();
    }
}
