package dev.bgsim.scenario.run;

import dev.bgsim.engine.Command;
import dev.bgsim.engine.device.AccessSetting;
import dev.bgsim.engine.device.BatterySaverMode;
import dev.bgsim.engine.device.DeviceProfile;
import dev.bgsim.engine.device.DeviceState;
import dev.bgsim.engine.device.MemoryPressure;
import dev.bgsim.engine.device.PowerSource;
import dev.bgsim.scenario.device.DeviceProfileRef;
import dev.bgsim.scenario.device.DeviceSetting;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Maps the scenario's device and policy fields (SPEC 3.2) onto the engine: device fields change
 * the {@link DeviceState}, the rest are commands of their own (access, profile, speed, time
 * skipping).
 */
final class DeviceSettings {

    private DeviceSettings() {
    }

    /** Whether the field lives in the engine's {@link DeviceState}. */
    static boolean isDeviceField(DeviceSetting setting) {
        return setting instanceof DeviceSetting.Power
                || setting instanceof DeviceSetting.BatteryPercent
                || setting instanceof DeviceSetting.DrainPercentPerHour
                || setting instanceof DeviceSetting.BatterySaver
                || setting instanceof DeviceSetting.BatterySaverThreshold
                || setting instanceof DeviceSetting.Internet
                || setting instanceof DeviceSetting.Metered
                || setting instanceof DeviceSetting.UserPresent
                || setting instanceof DeviceSetting.SessionConnected
                || setting instanceof DeviceSetting.ScreenOn
                || setting instanceof DeviceSetting.Memory;
    }

    /** {@code device} with one device field changed; other settings leave it as it is. */
    static DeviceState applyTo(DeviceState device, DeviceSetting setting) {
        if (setting instanceof DeviceSetting.Power p) {
            return device.withPower(PowerSource.valueOf(p.source().name()));
        } else if (setting instanceof DeviceSetting.BatteryPercent b) {
            return device.withBatteryPercent(b.percent());
        } else if (setting instanceof DeviceSetting.DrainPercentPerHour d) {
            return device.withDrain(d.rate());
        } else if (setting instanceof DeviceSetting.BatterySaver s) {
            return device.withSaver(BatterySaverMode.valueOf(s.mode().name()));
        } else if (setting instanceof DeviceSetting.BatterySaverThreshold t) {
            return device.withSaverThreshold(t.percent());
        } else if (setting instanceof DeviceSetting.Internet i) {
            return device.withInternet(i.available());
        } else if (setting instanceof DeviceSetting.Metered m) {
            return device.withMetered(m.metered());
        } else if (setting instanceof DeviceSetting.UserPresent u) {
            return device.withUserPresent(u.present());
        } else if (setting instanceof DeviceSetting.SessionConnected s) {
            return device.withSessionConnected(s.connected());
        } else if (setting instanceof DeviceSetting.ScreenOn s) {
            return device.withScreenOn(s.on());
        } else if (setting instanceof DeviceSetting.Memory m) {
            return device.withMemoryPressure(MemoryPressure.valueOf(m.pressure().name()));
        }
        return device;
    }

    /**
     * The engine commands that apply {@code settings} in file order; runs of device fields become
     * one {@link Command.SetDevice} each.
     *
     * @throws NotSupportedYetException when a field has no engine command yet (nothing is applied)
     */
    static List<Command> commands(List<DeviceSetting> settings) {
        settings.forEach(DeviceSettings::requireSupported);
        List<Command> commands = new ArrayList<>();
        List<DeviceSetting> deviceRun = new ArrayList<>();
        for (DeviceSetting setting : settings) {
            if (isDeviceField(setting)) {
                deviceRun.add(setting);
                continue;
            }
            flush(deviceRun, commands);
            commands.add(command(setting));
        }
        flush(deviceRun, commands);
        return commands;
    }

    /** The engine profile a scenario names (built-in or custom JSON file). */
    static DeviceProfile profile(DeviceProfileRef ref) {
        if (ref instanceof DeviceProfileRef.BuiltIn b) {
            return DeviceProfile.builtIn(b.name());
        }
        DeviceProfileRef.CustomFile file = (DeviceProfileRef.CustomFile) ref;
        try {
            return DeviceProfile.fromFile(file.file());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the custom profile " + file.file() + ": " + e.getMessage(), e);
        }
    }

    /** Throws when the engine has no command for the field yet. */
    static void requireSupported(DeviceSetting setting) {
        if (setting instanceof DeviceSetting.EnforceWhileDebugging) {
            throw new NotSupportedYetException("enforceWhileDebugging (hosts in debug mode come with the hosts issue)");
        }
    }

    private static void flush(List<DeviceSetting> deviceRun, List<Command> commands) {
        if (deviceRun.isEmpty()) {
            return;
        }
        List<DeviceSetting> fields = List.copyOf(deviceRun);
        UnaryOperator<DeviceState> change = device -> {
            DeviceState changed = device;
            for (DeviceSetting field : fields) {
                changed = applyTo(changed, field);
            }
            return changed;
        };
        commands.add(new Command.SetDevice(change));
        deviceRun.clear();
    }

    private static Command command(DeviceSetting setting) {
        if (setting instanceof DeviceSetting.Access a) {
            return new Command.SetAccess(a.packageName(), AccessSetting.valueOf(a.setting().name()));
        } else if (setting instanceof DeviceSetting.Profile p) {
            return new Command.SetProfile(profile(p.profile()));
        } else if (setting instanceof DeviceSetting.Speed s) {
            return new Command.SetSpeed(s.factor());
        } else if (setting instanceof DeviceSetting.TimeSkipping t) {
            return new Command.SetTimeSkipping(t.enabled());
        }
        throw new IllegalArgumentException("no engine command for " + setting.describe());
    }
}
