package dev.bgsim.engine.time;

/** What a schedule entry is for; the label says which instance or registration. */
public enum EntryKind {
    SYSTEM_TICK,
    TIME_LIMIT,
    GRACE_PERIOD,
    TASK_CLOCK_SLEEP,
    TASK_CLOCK_TIMER,
    SUSPEND_DEADLINE,
    IDLE_WATCHDOG,
    BATTERY_DRAIN,
    SCRIPTED,
    OTHER,
    /** The system suspends an app that has been in the background for the profile's delay (SPEC 3.9). */
    SYSTEM_SUSPEND
}
