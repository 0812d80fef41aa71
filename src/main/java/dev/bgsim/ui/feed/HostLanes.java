package dev.bgsim.ui.feed;

import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.Events;
import dev.bgsim.ui.timeline.LaneKind;
import dev.bgsim.ui.timeline.SpanTone;
import dev.bgsim.ui.timeline.TimelineModel;

/** One lane per host process: running, suspended, stopped or crashed. */
final class HostLanes {
    private HostLanes() {
    }

    static void fold(TimelineModel model, EngineEvent e, long t) {
        String host = e.subjects().hostId();
        if (host == null) {
            return;
        }
        String lane = "host:" + host;
        Object p = e.payload();
        if (p instanceof Events.HostStarted s) {
            if (model.lane(lane) == null) {
                model.addLane(lane, LaneKind.HOST, "host " + host, 0);
            }
            model.setState(lane, t, s.kind().toLowerCase() + " host", SpanTone.GOOD);
            return;
        }
        if (model.lane(lane) == null) {
            return;
        }
        if (p instanceof Events.HostSuspended) {
            model.setState(lane, t, "suspended", SpanTone.WARNING);
        } else if (p instanceof Events.HostResumed) {
            model.setState(lane, t, "running", SpanTone.GOOD);
        } else if (p instanceof Events.HostCrashed c) {
            model.setState(lane, t, "crashed: " + c.why(), SpanTone.DANGER);
            model.endState(lane, t);
        } else if (p instanceof Events.HostStopped) {
            model.endState(lane, t);
        }
    }
}
