package dev.bgsim.ui.feed;

import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.Events;
import dev.bgsim.ui.timeline.InstanceBar;
import dev.bgsim.ui.timeline.InstanceState;
import dev.bgsim.ui.timeline.MarkKind;
import dev.bgsim.ui.timeline.TimelineModel;

/** Folds one instance's lifecycle events into its bar: segments, deferrals, progress, marks. */
final class InstanceFeed {
    private InstanceFeed() {
    }

    static void fold(TimelineModel model, String lane, String id, long t, EngineEvent e) {
        Object p = e.payload();
        InstanceBar bar = model.bar(id);
        if (p instanceof Events.DeferralTaken d) {
            model.beginDeferral(id, String.valueOf(d.deferral()), t);
        } else if (p instanceof Events.DeferralCompleted d && !d.alreadyCompleted()) {
            endDeferral(model, bar, id, String.valueOf(d.deferral()), t);
        } else if (p instanceof Events.ProgressReported pr) {
            model.addProgress(id, t, pr.progress());
        } else if (p instanceof Events.RunReturned r && r.outstandingDeferrals() > 0
                && bar.state() == InstanceState.RUNNING) {
            model.changeBarState(id, t, InstanceState.DEFERRED);
        } else if (p instanceof Events.CancelRequested c) {
            model.changeBarState(id, t, InstanceState.CANCEL_REQUESTED);
            model.setBarReason(id, c.reason());
            model.addMark(lane, MarkKind.CANCELLATION, t, c.reason(), id);
            if (c.graceEnds() != null) {
                model.addMark(lane, MarkKind.GRACE, t + graceMillis(e, c), "grace ends", id);
            }
        } else {
            foldEnd(model, id, t, p);
        }
    }

    private static long graceMillis(EngineEvent e, Events.CancelRequested c) {
        return Math.max(0, c.graceEnds().toEpochMilli() - e.simTime().toEpochMilli());
    }

    private static void endDeferral(TimelineModel model, InstanceBar bar, String id, String deferral, long t) {
        boolean open = bar.deferrals().stream().anyMatch(d -> d.id().equals(deferral) && d.isOpen());
        if (open) {
            model.endDeferral(id, deferral, t);
        }
    }

    private static void foldEnd(TimelineModel model, String id, long t, Object p) {
        if (p instanceof Events.InstanceCompleted) {
            model.endBar(id, t, InstanceState.COMPLETED);
        } else if (p instanceof Events.InstanceCanceled c) {
            model.setBarReason(id, c.reason());
            model.endBar(id, t, InstanceState.CANCELED);
        } else if (p instanceof Events.InstanceFailed f) {
            model.setBarReason(id, f.exceptionClass());
            model.endBar(id, t, InstanceState.FAILED);
        } else if (p instanceof Events.InstanceTerminated term) {
            model.setBarReason(id, term.cause());
            model.endBar(id, t, InstanceState.TERMINATED);
        } else if (p instanceof Events.HostSuspended) {
            model.changeBarState(id, t, InstanceState.SUSPENDED);
        }
    }
}
