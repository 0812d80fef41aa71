package dev.bgsim.engine.time;

/**
 * When time skipping (on) may jump to the next due entry (decision 0002).
 */
public enum SkipPolicy {
    /** SPEC 3.1 as written: whenever nothing holds the clock, even with no task running. Headless runs. */
    ALWAYS,
    /**
     * Skip only while a task instance is live (running, or its activation starting) and every
     * piece of its code waits on TaskClock; with none live, idle time flows at the speed factor.
     * For the GUI: a registered 15-minute TimeTrigger no longer makes an idle clock fly through days.
     */
    WHILE_TASKS_WAIT
}
