package dev.bgsim.ui.drain;

import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.time.ClockStatus;
import java.util.List;

/** A read model fed by the {@link EventDrain}. FX thread only. */
public interface EventSink {
    /** A chunk of events in stream order (progress already coalesced). */
    void accept(List<EngineEvent> events);

    /** Called once per pulse after all chunks, with the newest clock status seen (may be null). */
    default void pulseEnded(ClockStatus clock) {
    }
}
