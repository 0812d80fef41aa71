package dev.bgsim.ui.session;

import dev.bgsim.engine.device.BatterySaverMode;
import dev.bgsim.engine.device.DeviceState;
import dev.bgsim.engine.device.MemoryPressure;
import dev.bgsim.engine.device.PowerSource;
import java.util.Map;

/** Reads the device state map of a {@code DeviceStateChanged} event back into a {@link DeviceState}. */
final class DeviceStateReader {
    private DeviceStateReader() {
    }

    static DeviceState read(Map<String, Object> m) {
        DeviceState d = DeviceState.initial();
        return new DeviceState(
                PowerSource.valueOf(text(m, "power", d.power().name())),
                number(m, "batteryPercent", d.batteryPercent()).intValue(),
                number(m, "drainPercentPerHour", d.drainPercentPerHour()).doubleValue(),
                BatterySaverMode.valueOf(text(m, "batterySaver", d.saverMode().name())),
                number(m, "batterySaverThreshold", d.saverThresholdPercent()).intValue(),
                flag(m, "internet", d.internet()),
                flag(m, "metered", d.metered()),
                flag(m, "userPresent", d.userPresent()),
                flag(m, "sessionConnected", d.sessionConnected()),
                flag(m, "screenOn", d.screenOn()),
                MemoryPressure.valueOf(text(m, "memoryPressure", d.memoryPressure().name())));
    }

    private static String text(Map<String, Object> m, String key, String fallback) {
        Object v = m.get(key);
        return v == null ? fallback : v.toString();
    }

    private static Number number(Map<String, Object> m, String key, Number fallback) {
        return m.get(key) instanceof Number n ? n : fallback;
    }

    private static boolean flag(Map<String, Object> m, String key, boolean fallback) {
        return m.get(key) instanceof Boolean b ? b : fallback;
    }
}
