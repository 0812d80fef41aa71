package dev.bgsim.engine.event;

import dev.bgsim.engine.time.SimClock;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the events of the current unit of work and publishes them together on commit, so
 * nobody sees half a transition. Engine thread only.
 */
public final class EventLog {
    private final SimClock clock;
    private final Clock wallClock;
    private final EventBus bus;
    private final List<EngineEvent> batch = new ArrayList<>();
    private long seq;

    public EventLog(SimClock clock, Clock wallClock, EventBus bus) {
        this.clock = clock;
        this.wallClock = wallClock;
        this.bus = bus;
    }

    /** Engine thread only. Records an event stamped with the current simulated time. */
    public EngineEvent emit(Subjects subjects, EventPayload payload) {
        EngineEvent e = new EngineEvent(++seq, clock.now(), wallClock.instant(), subjects, payload);
        batch.add(e);
        return e;
    }

    /** Engine thread only. Publishes the batch. */
    public void commit() {
        if (!batch.isEmpty()) {
            bus.publish(batch);
            batch.clear();
        }
    }

    /** The sequence number of the last event emitted. */
    public long lastSeq() {
        return seq;
    }
}
