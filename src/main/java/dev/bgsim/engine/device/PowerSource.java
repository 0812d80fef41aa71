package dev.bgsim.engine.device;

/** Where the device draws power from. */
public enum PowerSource {
    AC,
    BATTERY
}
