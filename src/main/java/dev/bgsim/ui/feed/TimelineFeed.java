package dev.bgsim.ui.feed;

import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.Events;
import dev.bgsim.engine.time.ClockStatus;
import dev.bgsim.ui.drain.EventSink;
import dev.bgsim.ui.timeline.InstanceBar;
import dev.bgsim.ui.timeline.InstanceState;
import dev.bgsim.ui.timeline.LaneKind;
import dev.bgsim.ui.timeline.MarkKind;
import dev.bgsim.ui.timeline.SpanTone;
import dev.bgsim.ui.timeline.TimelineModel;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The adapter that folds the engine's event stream into the timeline's {@link TimelineModel}:
 * lanes for app state, device state, hosts and registrations; instance bars with their state
 * segments, deferral spans and progress; trigger, latch, cancellation and deadline marks.
 * Times are simulated milliseconds since the engine's start instant. FX thread only.
 *
 * <p>All the chunks of one pulse are folded in one model batch, opened by the first chunk and
 * closed in {@link #pulseEnded}: the timeline hears of them once a pulse and repaints once.
 */
public final class TimelineFeed implements EventSink {
    private final TimelineModel model;
    private final DeviceLanes deviceLanes;
    private final Set<UUID> suspendedHostsInstances = new HashSet<>();
    private Instant origin;

    public TimelineFeed(TimelineModel model) {
        this.model = model;
        this.deviceLanes = new DeviceLanes(model);
    }

    @Override
    public void accept(List<EngineEvent> events) {
        if (!model.inBatch()) {
            model.beginBatch();
        }
        for (EngineEvent e : events) {
            if (origin == null) {
                origin = e.payload() instanceof Events.EngineStarted s ? s.start() : e.simTime();
                model.setClock(origin, ZoneOffset.UTC);
                deviceLanes.create();
            }
            fold(e, at(e.simTime()));
        }
    }

    @Override
    public void pulseEnded(ClockStatus clock) {
        if (model.inBatch()) {
            model.endBatch();
        }
    }

    /** Simulated ms since the start; the timeline's time axis. */
    public long at(Instant t) {
        return origin == null ? 0 : t.toEpochMilli() - origin.toEpochMilli();
    }

    private void fold(EngineEvent e, long t) {
        Object p = e.payload();
        if (p instanceof Events.DeviceStateChanged d) {
            deviceLanes.update(t, d.state());
        } else if (p instanceof Events.AppStateChanged a) {
            appLane(e.subjects().packageName(), t, a.to());
        } else if (p instanceof Events.PackageLoaded) {
            appLane(e.subjects().packageName(), t, "NOT_RUNNING");
        } else if (p instanceof Events.RegistrationAdded) {
            ensureRegistrationLane(e);
        } else if (p instanceof Events.RegistrationRemoved) {
            String lane = regLane(e.subjects().registrationId());
            if (model.lane(lane) != null) {
                model.setState(lane, t, "removed", SpanTone.QUIET);
            }
        } else if (isHostEvent(p)) {
            HostLanes.fold(model, e, t);
        } else {
            foldActivation(e, t);
        }
    }

    private static boolean isHostEvent(Object p) {
        return p instanceof Events.HostStarted || p instanceof Events.HostStopped || p instanceof Events.HostCrashed
                || p instanceof Events.HostSuspended || p instanceof Events.HostResumed;
    }

    private void foldActivation(EngineEvent e, long t) {
        Object p = e.payload();
        String lane = regLane(e.subjects().registrationId());
        if (e.subjects().registrationId() == null || model.lane(lane) == null) {
            return;
        }
        String id = instanceKey(e);
        if (p instanceof Events.TriggerFired f) {
            model.addMark(lane, MarkKind.TRIGGER, t, (f.forced() ? "forced " : "") + f.source().toLowerCase(), null);
        } else if (p instanceof Events.ActivationLatched l) {
            model.addMark(lane, MarkKind.LATCH, t, "latched: " + l.whyPending(), null);
        } else if (p instanceof Events.InstanceStarted s) {
            started(e, lane, id, t, s);
        } else if (id != null && model.bar(id) != null && model.bar(id).state().isFinal() == false) {
            InstanceFeed.fold(model, lane, id, t, e);
        }
    }

    private void started(EngineEvent e, String lane, String id, long t, Events.InstanceStarted s) {
        String label = e.subjects().registrationName() + "#" + e.subjects().instanceNumber();
        model.startBar(lane, id, label, t, InstanceState.RUNNING, s.forced());
        if (s.timeLimit() != null && !s.timeLimit().isZero()) {
            model.addMark(lane, MarkKind.TIME_LIMIT, t + s.timeLimit().toMillis(), "time limit " + label, id);
        }
    }

    private void ensureRegistrationLane(EngineEvent e) {
        String lane = regLane(e.subjects().registrationId());
        if (model.lane(lane) == null) {
            model.addLane(lane, LaneKind.REGISTRATION, e.subjects().registrationName(), 0);
        }
    }

    private void appLane(String pkg, long t, String state) {
        String lane = "app:" + pkg;
        if (model.lane(lane) == null) {
            model.addLane(lane, LaneKind.APP_STATE, "app " + shortName(pkg), 0);
        }
        SpanTone tone = switch (state) {
            case "RUNNING" -> SpanTone.GOOD;
            case "RUNNING_IN_BACKGROUND" -> SpanTone.NEUTRAL;
            case "SUSPENDED" -> SpanTone.WARNING;
            case "TERMINATED" -> SpanTone.DANGER;
            default -> SpanTone.QUIET;
        };
        model.setState(lane, t, state.toLowerCase().replace('_', ' '), tone);
    }

    static String shortName(String pkg) {
        if (pkg == null) {
            return "?";
        }
        int dot = pkg.lastIndexOf('.');
        return dot >= 0 ? pkg.substring(dot + 1) : pkg;
    }

    /** The lane id of a registration. */
    public static String regLane(UUID registration) {
        return "reg:" + registration;
    }

    /** The timeline's id of an instance: its UUID as text. */
    static String instanceKey(EngineEvent e) {
        return e.subjects().instanceId() == null ? null : e.subjects().instanceId().toString();
    }

    /** The bar of an instance, or null. */
    public InstanceBar bar(UUID instance) {
        return model.bar(instance.toString());
    }
}
