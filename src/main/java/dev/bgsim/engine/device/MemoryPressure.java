package dev.bgsim.engine.device;

/** System memory pressure. */
public enum MemoryPressure {
    NORMAL,
    LOW,
    CRITICAL
}
