package dev.bgsim.ui.timeline;

/**
 * How a state span reads at a glance; the stylesheet gives each tone its colour, so the adapter
 * says what a state means ("battery saver on" is a WARNING) and never which colour it is.
 */
public enum SpanTone {
    /** Nothing to see: the normal, quiet state (network available, memory normal). */
    QUIET,
    /** A neutral state worth a colour (on battery, app in the background). */
    NEUTRAL,
    /** Active and good (app running in the foreground, host running). */
    GOOD,
    /** Something that can hold tasks back (battery saver on, metered network, low memory). */
    WARNING,
    /** Something that stops or kills tasks (no network, critical memory, app terminated). */
    DANGER,
    /** Absent or frozen (app not running, host suspended). */
    OFF
}
