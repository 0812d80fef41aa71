package dev.bgsim.host.process;

/** Why a host process ended, as bgsim can tell it from the outside. */
public enum HostEndCause {
    /** bgsim shut it down (SHUTDOWN, or stdin closed) and it exited cleanly. */
    SHUT_DOWN,
    /** bgsim killed it (termination, time limit, a user's kill, closing bgsim). */
    KILLED_BY_BGSIM,
    /** Task code called {@code System.exit}. */
    TASK_EXIT,
    /** The process ended without running shutdown hooks: {@code Runtime.halt}, or a crash of the JVM. */
    HALTED,
    /** A signal from outside bgsim ended it (for example {@code kill -9}). */
    KILLED_EXTERNALLY,
    /** The host sent something that is not a valid frame; bgsim ended it. */
    PROTOCOL_VIOLATION,
    /** The host never became ready (bad JVM option, missing class, start-up timeout). */
    START_FAILED
}
