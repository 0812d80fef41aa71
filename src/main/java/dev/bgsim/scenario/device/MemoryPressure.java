package dev.bgsim.scenario.device;

import java.util.Locale;

/** How short the device is of memory (SPEC 3.2); written {@code normal}, {@code low} or {@code critical}. */
public enum MemoryPressure {
    NORMAL,
    LOW,
    CRITICAL;

    /** The word scenario files use. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
