package dev.bgsim.ui.session;

import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.Events;
import dev.bgsim.engine.event.Subjects;
import dev.bgsim.ui.drain.EventSink;
import dev.bgsim.ui.timeline.InstanceState;
import java.util.List;

/** Folds instance lifecycle, deferral, progress and output events into the {@link SessionRegistry}. */
public final class InstanceFolder implements EventSink {
    private final SessionRegistry registry;
    private final PayloadDispatch dispatch = new PayloadDispatch();

    public InstanceFolder(SessionRegistry registry) {
        this.registry = registry;
        dispatch.on(Events.InstanceStarted.class, this::started)
                .on(Events.DeferralTaken.class, this::deferralTaken)
                .on(Events.DeferralCompleted.class, (e, p) -> with(e, i -> i.openDeferrals.remove(p.deferral())))
                .on(Events.ProgressReported.class, (e, p) -> with(e, i -> i.progress = p.progress()))
                .on(Events.RunReturned.class, this::runReturned)
                .on(Events.CancelRequested.class, this::cancelRequested)
                .on(Events.TimeLimitPaused.class, this::timeLimitPaused)
                .on(Events.HostResumed.class, (e, p) -> limitRunsAgain(e, i -> i.hostId != null && i.hostId.equals(e.subjects().hostId())))
                .on(Events.AppStateChanged.class, this::appStateChanged)
                .on(Events.InstanceCompleted.class, (e, p) -> end(e, InstanceState.COMPLETED, "completed"))
                .on(Events.InstanceCanceled.class, this::canceled)
                .on(Events.InstanceFailed.class, this::failed)
                .on(Events.InstanceTerminated.class, this::terminated)
                .on(Events.TaskOutput.class, this::output);
    }

    @Override
    public void accept(List<EngineEvent> events) {
        for (EngineEvent e : events) {
            if (dispatch.dispatch(e)) {
                registry.markDirty();
            }
        }
    }

    private void with(EngineEvent e, java.util.function.Consumer<InstanceRecord> change) {
        InstanceRecord i = e.subjects().instanceId() == null ? null : registry.instances.get(e.subjects().instanceId());
        if (i != null) {
            change.accept(i);
        }
    }

    private void started(EngineEvent e, Events.InstanceStarted p) {
        Subjects s = e.subjects();
        RegistrationRecord reg = registry.registrations.get(s.registrationId());
        if (reg == null) {
            return;
        }
        InstanceRecord i = new InstanceRecord(s.instanceId(), s.instanceNumber(), reg, e.simTime(), p.forced(),
                p.inProcess(), p.timeLimit());
        i.hostId = s.hostId();
        reg.instances.add(i);
        reg.whyPending = null;
        registry.instances.put(i.id, i);
    }

    private void timeLimitPaused(EngineEvent e, Events.TimeLimitPaused p) {
        with(e, i -> {
            if (i.timeLimit != null) {
                i.countedAtPause = i.timeLimit.minus(p.remaining());
                i.countingAgainSince = null;
            }
        });
    }

    /** An app leaving SUSPENDED thaws its in-process instances: their limits run again. */
    private void appStateChanged(EngineEvent e, Events.AppStateChanged p) {
        String pkg = e.subjects().packageName();
        if ("SUSPENDED".equals(p.from()) && pkg != null) {
            limitRunsAgain(e, i -> i.inProcess && pkg.equals(i.registration.pkg().name()));
        }
    }

    /** The engine re-arms a paused time limit when the instance thaws (a host resumed, an app resumed). */
    private void limitRunsAgain(EngineEvent e, java.util.function.Predicate<InstanceRecord> thawed) {
        for (InstanceRecord i : registry.instances.values()) {
            if (i.countedAtPause != null && i.countingAgainSince == null && !i.isFinal() && thawed.test(i)) {
                i.countingAgainSince = e.simTime();
            }
        }
    }

    private void deferralTaken(EngineEvent e, Events.DeferralTaken p) {
        with(e, i -> {
            i.openDeferrals.put(p.deferral(), p.stackTrace());
            i.deferralsTaken++;
        });
    }

    private void runReturned(EngineEvent e, Events.RunReturned p) {
        with(e, i -> {
            i.runReturned = true;
            if (p.outstandingDeferrals() > 0 && i.state == InstanceState.RUNNING) {
                i.state = InstanceState.DEFERRED;
            }
        });
    }

    private void cancelRequested(EngineEvent e, Events.CancelRequested p) {
        with(e, i -> {
            i.cancelReason = p.reason();
            i.graceEnds = p.graceEnds();
            i.state = InstanceState.CANCEL_REQUESTED;
        });
    }

    private void canceled(EngineEvent e, Events.InstanceCanceled p) {
        with(e, i -> i.cancelReason = p.reason());
        end(e, InstanceState.CANCELED, "canceled: " + p.reason());
    }

    private void failed(EngineEvent e, Events.InstanceFailed p) {
        with(e, i -> i.exception = p.exceptionClass() + ": " + p.message()
                + (p.stackTrace() == null ? "" : "\n" + p.stackTrace()));
        end(e, InstanceState.FAILED, "failed: " + p.exceptionClass());
    }

    private void terminated(EngineEvent e, Events.InstanceTerminated p) {
        String why = "terminated: " + p.cause() + (p.reason() == null ? "" : " (" + p.reason() + ")")
                + (p.collateralOf() == null ? "" : ", collateral of " + p.collateralOf());
        end(e, InstanceState.TERMINATED, why);
    }

    private void end(EngineEvent e, InstanceState state, String outcome) {
        with(e, i -> {
            i.state = state;
            i.outcome = outcome;
            i.ended = e.simTime();
        });
    }

    private void output(EngineEvent e, Events.TaskOutput p) {
        with(e, i -> i.output.add(p.level() + "  " + p.message()));
    }
}
