package dev.bgsim.scenario.device;

import java.util.Locale;

/** Where the device draws power from (SPEC 3.2); written {@code ac} or {@code battery}. */
public enum PowerSource {
    AC,
    BATTERY;

    /** The word scenario files use. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
