package dev.bgsim.scenario.device;

import java.util.Locale;
import java.util.Objects;

/**
 * One device or policy field set to one value (SPEC 3.2). A {@code set} action and the
 * {@code initial} block are lists of these, applied together in file order.
 */
public sealed interface DeviceSetting {

    /** The field name in scenario files. */
    String field();

    /** {@code field=value}, as a person would read it in a step line. */
    default String describe() {
        return field() + "=" + valueText();
    }

    /** The value as scenario files write it. */
    String valueText();

    /** AC power or battery. */
    record Power(PowerSource source) implements DeviceSetting {
        public Power {
            Objects.requireNonNull(source, "source");
        }

        @Override
        public String field() {
            return "power";
        }

        @Override
        public String valueText() {
            return source.jsonName();
        }
    }

    /** Battery charge, 0 to 100 percent. */
    record BatteryPercent(int percent) implements DeviceSetting {
        public BatteryPercent {
            requirePercent(percent);
        }

        @Override
        public String field() {
            return "batteryPercent";
        }

        @Override
        public String valueText() {
            return Integer.toString(percent);
        }
    }

    /** How fast the battery drains while on battery, in percent per simulated hour (0: it does not). */
    record DrainPercentPerHour(double rate) implements DeviceSetting {
        public DrainPercentPerHour {
            if (!(rate >= 0 && rate <= 100 * 60)) {
                throw new IllegalArgumentException("drain rate must be 0 to 6000 %/h, got " + rate);
            }
        }

        @Override
        public String field() {
            return "drainPercentPerHour";
        }

        @Override
        public String valueText() {
            return numberText(rate);
        }
    }

    /** Battery saver off, on, or automatic below the threshold. */
    record BatterySaver(BatterySaverMode mode) implements DeviceSetting {
        public BatterySaver {
            Objects.requireNonNull(mode, "mode");
        }

        @Override
        public String field() {
            return "batterySaver";
        }

        @Override
        public String valueText() {
            return mode.jsonName();
        }
    }

    /** The charge at or below which automatic battery saver turns on (default 20). */
    record BatterySaverThreshold(int percent) implements DeviceSetting {
        public BatterySaverThreshold {
            requirePercent(percent);
        }

        @Override
        public String field() {
            return "batterySaverThreshold";
        }

        @Override
        public String valueText() {
            return Integer.toString(percent);
        }
    }

    /** Whether the internet is reachable. */
    record Internet(boolean available) implements DeviceSetting {
        @Override
        public String field() {
            return "internet";
        }

        @Override
        public String valueText() {
            return Boolean.toString(available);
        }
    }

    /** Whether the network is metered (costs money). */
    record Metered(boolean metered) implements DeviceSetting {
        @Override
        public String field() {
            return "metered";
        }

        @Override
        public String valueText() {
            return Boolean.toString(metered);
        }
    }

    /** Whether the user is present. */
    record UserPresent(boolean present) implements DeviceSetting {
        @Override
        public String field() {
            return "userPresent";
        }

        @Override
        public String valueText() {
            return Boolean.toString(present);
        }
    }

    /** Whether the user session is connected. */
    record SessionConnected(boolean connected) implements DeviceSetting {
        @Override
        public String field() {
            return "sessionConnected";
        }

        @Override
        public String valueText() {
            return Boolean.toString(connected);
        }
    }

    /** Whether the screen is on. */
    record ScreenOn(boolean on) implements DeviceSetting {
        @Override
        public String field() {
            return "screenOn";
        }

        @Override
        public String valueText() {
            return Boolean.toString(on);
        }
    }

    /** Memory pressure: normal, low or critical. */
    record Memory(MemoryPressure pressure) implements DeviceSetting {
        public Memory {
            Objects.requireNonNull(pressure, "pressure");
        }

        @Override
        public String field() {
            return "memoryPressure";
        }

        @Override
        public String valueText() {
            return pressure.jsonName();
        }
    }

    /** The user's background access setting for one package. */
    record Access(String packageName, BackgroundAccessSetting setting) implements DeviceSetting {
        public Access {
            Objects.requireNonNull(packageName, "packageName");
            Objects.requireNonNull(setting, "setting");
        }

        @Override
        public String field() {
            return "access";
        }

        @Override
        public String valueText() {
            return setting.jsonName();
        }

        @Override
        public String describe() {
            return "access " + packageName + "=" + setting.jsonName();
        }
    }

    /** The device profile (time limits, memory quotas, grace period, enforcement rules). */
    record Profile(DeviceProfileRef profile) implements DeviceSetting {
        public Profile {
            Objects.requireNonNull(profile, "profile");
        }

        @Override
        public String field() {
            return "profile";
        }

        @Override
        public String valueText() {
            return profile.describe();
        }
    }

    /** How fast simulated time flows against real time while tasks work, 0.25 to 100. */
    record Speed(double factor) implements DeviceSetting {
        /** The slowest speed factor. */
        public static final double MIN = 0.25;
        /** The fastest speed factor. */
        public static final double MAX = 100;

        public Speed {
            if (!(factor >= MIN && factor <= MAX)) {
                throw new IllegalArgumentException("speed must be 0.25 to 100, got " + factor);
            }
        }

        @Override
        public String field() {
            return "speed";
        }

        @Override
        public String valueText() {
            return numberText(factor);
        }
    }

    /** Whether the clock jumps to the next due event when every task waits on simulated time. */
    record TimeSkipping(boolean enabled) implements DeviceSetting {
        @Override
        public String field() {
            return "timeSkipping";
        }

        @Override
        public String valueText() {
            return Boolean.toString(enabled);
        }
    }

    /** Whether time limits still apply to hosts in debug mode (SPEC 3.7). */
    record EnforceWhileDebugging(boolean enabled) implements DeviceSetting {
        @Override
        public String field() {
            return "enforceWhileDebugging";
        }

        @Override
        public String valueText() {
            return Boolean.toString(enabled);
        }
    }

    private static void requirePercent(int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("percent must be 0 to 100, got " + percent);
        }
    }

    private static String numberText(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%s", value);
    }
}
