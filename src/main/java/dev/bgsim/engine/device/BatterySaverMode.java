package dev.bgsim.engine.device;

/** The battery saver setting: off, on, or automatic below a threshold while on battery. */
public enum BatterySaverMode {
    OFF,
    ON,
    AUTO
}
