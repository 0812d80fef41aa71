package dev.bgsim.engine.time;

/** What the simulated clock is doing. */
public enum ClockMode {
    /** Frozen by the user. */
    PAUSED,
    /** Nothing holds it: jumps straight to the next due entry. */
    SKIPPING,
    /** Holds exist: flows with real time times the speed factor (or waits for a short burst). */
    HELD,
    /** Skipping switched off: flows with real time times the speed factor. */
    SKIPPING_DISABLED,
    /** Skipping is on with policy WHILE_TASKS_WAIT, but no task is live: idle time flows at the speed factor. */
    IDLE_FLOWING
}
