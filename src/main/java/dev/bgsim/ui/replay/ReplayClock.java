package dev.bgsim.ui.replay;

import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.time.ClockStatus;
import dev.bgsim.ui.drain.EventSink;
import dev.bgsim.ui.session.SimulationStatus;
import dev.bgsim.ui.timeline.TimelineView;
import java.util.List;
import java.util.function.Supplier;

/**
 * The replay's clock for the read models: after each pulse (so after the recorded events of the
 * pulse were folded), the shown simulated time is where the replay stands, between events too.
 * Once, after the first events arrive, it can fit the whole recording into the timeline.
 */
final class ReplayClock implements EventSink {
    private final ReplayPort port;
    private final SimulationStatus simulation;
    private final Supplier<TimelineView> timeline;
    private boolean fitPending;
    private boolean sawEvents;

    ReplayClock(ReplayPort port, SimulationStatus simulation, Supplier<TimelineView> timeline, boolean fitOnce) {
        this.port = port;
        this.simulation = simulation;
        this.timeline = timeline;
        this.fitPending = fitOnce;
    }

    @Override
    public void accept(List<EngineEvent> events) {
        sawEvents |= !events.isEmpty();
    }

    @Override
    public void pulseEnded(ClockStatus clock) {
        simulation.nowProperty().set(port.position());
        if (fitPending && sawEvents) {
            TimelineView view = timeline.get();
            if (view != null) {
                fitPending = false;
                view.showAll();
            }
        }
    }
}
