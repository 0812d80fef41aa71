package dev.bgsim.engine.time;

/** What holds the clock. */
public enum HoldKind {
    /** Task or app code holding the lockstep baton (short burst, time does not move). */
    BATON,
    /** Task or app code past the busy threshold: real work, time flows with real time. */
    REAL_WORK,
    /** Anything else a client asks for (e.g. a debugger attached). */
    EXTERNAL
}
