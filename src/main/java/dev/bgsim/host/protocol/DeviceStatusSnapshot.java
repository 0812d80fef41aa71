package dev.bgsim.host.protocol;

import dev.bgsim.sdk.BackgroundWorkCostValue;
import dev.bgsim.sdk.EnergySaverStatus;
import dev.bgsim.sdk.PowerSupplyStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What {@code SystemStatus} answers in a host: the parent pushes one with START_INSTANCE and a new
 * one with STATUS_UPDATE whenever the device state changes. Immutable.
 */
public record DeviceStatusSnapshot(BackgroundWorkCostValue backgroundWorkCost, EnergySaverStatus energySaverStatus,
        boolean internetAvailable, PowerSupplyStatus powerSupplyStatus, int remainingChargePercent,
        long appMemoryUsage, long appMemoryUsageLimit) {

    public DeviceStatusSnapshot {
        Objects.requireNonNull(backgroundWorkCost, "backgroundWorkCost");
        Objects.requireNonNull(energySaverStatus, "energySaverStatus");
        Objects.requireNonNull(powerSupplyStatus, "powerSupplyStatus");
    }

    /** A plugged-in desktop with network and no memory limit: what a test uses when it does not care. */
    public static DeviceStatusSnapshot desktopDefaults() {
        return new DeviceStatusSnapshot(BackgroundWorkCostValue.LOW, EnergySaverStatus.DISABLED, true,
                PowerSupplyStatus.ADEQUATE, 100, 0, Long.MAX_VALUE);
    }

    /** The {@code status} field's JSON object. */
    public Map<String, Object> toWire() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("backgroundWorkCost", backgroundWorkCost.name());
        m.put("energySaverStatus", energySaverStatus.name());
        m.put("internetAvailable", internetAvailable);
        m.put("powerSupplyStatus", powerSupplyStatus.name());
        m.put("remainingChargePercent", (long) remainingChargePercent);
        m.put("appMemoryUsage", appMemoryUsage);
        m.put("appMemoryUsageLimit", appMemoryUsageLimit);
        return m;
    }

    /**
     * Reads a {@code status} field.
     *
     * @throws ProtocolException naming the key that is missing or wrong
     */
    public static DeviceStatusSnapshot fromWire(Map<String, Object> m) throws ProtocolException {
        try {
            return new DeviceStatusSnapshot(
                    BackgroundWorkCostValue.valueOf((String) m.get("backgroundWorkCost")),
                    EnergySaverStatus.valueOf((String) m.get("energySaverStatus")),
                    (Boolean) m.get("internetAvailable"),
                    PowerSupplyStatus.valueOf((String) m.get("powerSupplyStatus")),
                    ((Number) m.get("remainingChargePercent")).intValue(),
                    ((Number) m.get("appMemoryUsage")).longValue(),
                    ((Number) m.get("appMemoryUsageLimit")).longValue());
        } catch (ClassCastException | NullPointerException | IllegalArgumentException e) {
            throw new ProtocolException("status snapshot has a missing or mistyped key: " + m, e);
        }
    }
}
