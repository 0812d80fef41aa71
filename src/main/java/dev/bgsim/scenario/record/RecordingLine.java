package dev.bgsim.scenario.record;

import dev.bgsim.engine.event.EngineEvent;

/** One line of a recording, as read: a session header, a package opened later, or an event. */
public sealed interface RecordingLine {
    /** Starts a session. */
    record Header(RecordingHeader header) implements RecordingLine {
    }

    /** A package the session opened after its header was written. */
    record PackageOpened(RecordedPackage pkg) implements RecordingLine {
    }

    /** One engine event. */
    record Event(EngineEvent event) implements RecordingLine {
    }
}
