package dev.bgsim.scenario.device;

import java.util.Locale;

/**
 * The battery saver switch (SPEC 3.2); written {@code off}, {@code on} or {@code auto}. In
 * {@code auto} it turns on by itself below the threshold while on battery.
 */
public enum BatterySaverMode {
    OFF,
    ON,
    AUTO;

    /** The word scenario files use. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
