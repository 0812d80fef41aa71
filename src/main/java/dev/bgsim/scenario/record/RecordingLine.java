package dev.bgsim.scenario.record;

import dev.bgsim.engine.event.EngineEvent;

/** One line of a recording, as read: a session header, a package opened later, an event, or the session's end. */
public sealed interface RecordingLine {
    /** Starts a session. */
    record Header(RecordingHeader header) implements RecordingLine {
    }

    /** A package the session opened after its header was written. */
    record PackageOpened(RecordedPackage pkg) implements RecordingLine {
    }

    /** The session stopped being recorded with the simulated clock at {@code simTime}. */
    record End(java.time.Instant simTime, java.time.Instant wallTime) implements RecordingLine {
    }

    /** One engine event. */
    record Event(EngineEvent event) implements RecordingLine {
    }
}
