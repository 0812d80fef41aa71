package dev.bgsim.ui.replay;

import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.scenario.record.RecordedSession;
import java.time.Instant;
import java.util.List;

/**
 * Where a replay stands in one recorded session: the simulated instant shown, and how many of
 * the session's events happened by then. It only moves forward; going back means starting a
 * new cursor (the read models fold forward only). Not thread-safe: its port guards it.
 */
final class ReplayCursor {
    private final List<EngineEvent> events;
    private final Instant start;
    private final Instant end;
    private Instant position;
    private int delivered;

    ReplayCursor(RecordedSession session) {
        this.events = session.events();
        this.start = session.start();
        this.end = session.end();
        this.position = start;
    }

    /**
     * Moves to {@code t} (clamped to the session, never backwards) and returns the events that
     * happened since the last move, in recorded order. Events are taken in file order up to the
     * first one after {@code t}, so an event recorded out of time order never overtakes another.
     */
    List<EngineEvent> advanceTo(Instant t) {
        Instant target = t.isAfter(end) ? end : t.isBefore(position) ? position : t;
        position = target;
        int from = delivered;
        while (delivered < events.size() && !events.get(delivered).simTime().isAfter(target)) {
            delivered++;
        }
        return events.subList(from, delivered);
    }

    /**
     * The very beginning, before anything happened: only the engine's start (so the clock and the
     * timeline know where time zero is), even when the first tasks started in the same instant.
     */
    List<EngineEvent> beginning() {
        int from = delivered;
        if (delivered == 0 && !events.isEmpty()
                && events.get(0).payload() instanceof dev.bgsim.engine.event.Events.EngineStarted) {
            delivered = 1;
        }
        return events.subList(from, delivered);
    }

    /** The events already handed out, for a subscriber that comes late. */
    List<EngineEvent> deliveredSoFar() {
        return events.subList(0, delivered);
    }

    /** The simulated time of the next event not yet handed out, or null at the end. */
    Instant nextEventTime() {
        return delivered < events.size() ? events.get(delivered).simTime() : null;
    }

    Instant position() {
        return position;
    }

    Instant start() {
        return start;
    }

    Instant end() {
        return end;
    }

    /** True once every event is out and the position is the session's end. */
    boolean atEnd() {
        return delivered == events.size() && !position.isBefore(end);
    }

    int deliveredCount() {
        return delivered;
    }

    int eventCount() {
        return events.size();
    }
}
