package dev.bgsim.engine.instance;

import dev.bgsim.engine.broker.Registration;
import dev.bgsim.engine.broker.RegistrationFacade;
import dev.bgsim.engine.device.DeviceProfile;
import dev.bgsim.engine.event.EventLog;
import dev.bgsim.engine.event.Events;
import dev.bgsim.engine.host.CodePieces;
import dev.bgsim.engine.host.Host;
import dev.bgsim.engine.instance.InstanceLifecycle.Transition;
import dev.bgsim.engine.sdkimpl.SdkServices;
import dev.bgsim.engine.sdkimpl.SettingsStore;
import dev.bgsim.engine.time.EntryKind;
import dev.bgsim.engine.time.Schedule;
import dev.bgsim.engine.time.ScheduleEntry;
import dev.bgsim.engine.time.SimClock;
import dev.bgsim.sdk.BackgroundTask;
import dev.bgsim.sdk.BackgroundTaskCancellationReason;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs task instances through their lifecycle table: start, deferrals, progress, time limits,
 * cancellation with grace, completion, failure and termination (with host collateral). Engine
 * thread only.
 */
public final class InstanceController implements TaskCallbacks {
    /** What happens around instances that is not theirs to decide (broker, hosts, app). */
    public interface Listener {
        /** The instance reached a terminal state. */
        void ended(Instance instance);

        /** An in-process instance outlived its grace period: the app process must go. */
        void appMustTerminate(Instance instance);

        /** The host of a terminated out-of-process instance is gone. */
        void hostKilled(Host host, Instance cause);

        /** Progress to deliver to the app's listeners. */
        void progress(Instance instance, int progress);
    }

    private final SimClock clock;
    private final Schedule schedule;
    private final EventLog log;
    private final CodePieces pieces;
    private final SdkServices sdk;
    private final SettingsStore settings;
    private final Supplier<DeviceProfile> profile;
    private final Supplier<UUID> ids;
    private final Map<UUID, Instance> live = new LinkedHashMap<>();
    private final Map<UUID, Instance> all = new LinkedHashMap<>();
    private final InstanceGroups groups = new InstanceGroups();
    private Listener listener;
    private Consumer<Instance> inProcessStarter;
    private ChildInstances childSide;

    public InstanceController(SimClock clock, Schedule schedule, EventLog log, CodePieces pieces, SdkServices sdk,
                              SettingsStore settings, Supplier<DeviceProfile> profile, Supplier<UUID> ids) {
        this.clock = clock;
        this.schedule = schedule;
        this.log = log;
        this.pieces = pieces;
        this.sdk = sdk;
        this.settings = settings;
        this.profile = profile;
        this.ids = ids;
    }

    public void setListener(Listener listener) {
        this.listener = listener;
    }

    /** How in-process instances start (the app's onBackgroundActivated); set by the app controller. */
    public void setInProcessStarter(Consumer<Instance> starter) {
        this.inProcessStarter = starter;
    }

    /**
     * Connects child-JVM hosting: returns what every {@link dev.bgsim.engine.host.ChildJvmHost}
     * reports to; {@code afterHostExit} runs after a host's instances were ended (re-evaluation).
     */
    public dev.bgsim.engine.host.ChildHostEvents connectChildHosts(dev.bgsim.engine.time.Lockstep lockstep,
            dev.bgsim.engine.host.ChildHosts hosts, Supplier<dev.bgsim.host.protocol.DeviceStatusSnapshot> status,
            Runnable afterHostExit) {
        childSide = new ChildInstances(this, clock, schedule, lockstep, log, settings, status);
        childSide.connect(hosts, afterHostExit);
        return childSide;
    }

    public Map<UUID, Instance> live() {
        return live;
    }

    public Optional<Instance> find(UUID id) {
        return Optional.ofNullable(all.get(id));
    }

    public List<Instance> all() {
        return new ArrayList<>(all.values());
    }

    /** Engine thread only. Creates an instance and queues its run() under the baton. */
    public Instance start(Registration reg, RegistrationFacade facade, Host host, boolean forced, Object details,
                          boolean extendedTime, ClassLoader loader) {
        return start(reg, facade, host, forced, details, extendedTime, loader, List.of(), false);
    }

    /**
     * Engine thread only. As above; an instance placed in a child-JVM host runs from
     * {@code codeJars}; {@code limitsOff}: its host is being debugged, time limits are not armed.
     */
    public Instance start(Registration reg, RegistrationFacade facade, Host host, boolean forced, Object details,
                          boolean extendedTime, ClassLoader loader, List<java.nio.file.Path> codeJars, boolean limitsOff) {
        // run() on a thread of bgsim's JVM: start it on a spare thread (see InstanceGroups).
        boolean inJvmThread = !reg.inProcess() && !(host instanceof dev.bgsim.engine.host.ChildJvmHost);
        Instance inst = new Instance(ids.get(), reg.nextInstanceNumber(), reg, host, forced, details, this::failed,
                groups, inJvmThread);
        long memoryLimit = profile.get().memoryQuotaBytes().orElse(0L);
        inst.facade = new TaskInstanceImpl(inst, facade, sdk, this, settings, memoryLimit);
        inst.timeLimit = profile.get().timeLimitFor(reg.kind()).orElse(null);
        inst.extendedTime = extendedTime;
        inst.limitsOff = limitsOff;
        live.put(inst.id, inst);
        all.put(inst.id, inst);
        pieces.threads().registerGroup(inst.group, inst);
        host.attach(inst.id);
        reg.running().add(inst);
        log.emit(inst.subjects(), new Events.InstanceStarted(reg.entryPoint(), forced, reg.inProcess(), inst.timeLimit));
        if (reg.inProcess()) {
            inProcessStarter.accept(inst);
        } else if (host instanceof dev.bgsim.engine.host.ChildJvmHost) {
            childSide.start(inst, codeJars);
        } else {
            pieces.newThread(inst, inst.label() + " is running run()", "bgsim-task-" + inst.shortName(),
                    () -> runStarted(inst), () -> {
                Class<?> cls = Class.forName(reg.entryPoint(), true, loader);
                BackgroundTask task = (BackgroundTask) cls.getDeclaredConstructor().newInstance();
                task.run(inst.facade);
            }, () -> runReturned(inst));
        }
        return inst;
    }

    /**
     * Engine thread only. The engine closes: every live instance stops where it is — its threads
     * are interrupted, its TaskClock calls throw from now on, its timers never fire — and no
     * spare threads are kept. No events and no state changes: nobody listens any more.
     */
    public void shutDown() {
        for (Instance inst : live.values()) {
            inst.live = false;
            inst.tracked.forEach(ScheduleEntry::cancel);
            inst.gate.thaw();
            inst.group.interrupt();
        }
        groups.close();
        // Threads still running code end with it; one that already waits as its group's spare ends now.
        live.values().forEach(inst -> inst.group.retireSpare());
    }

    /**
     * Engine thread only. An in-process activation of a package set to run isolated, placed in its
     * app's child JVM: the app's onBackgroundActivated runs there (called by the app side).
     */
    public void startInIsolatedApp(Instance inst, List<java.nio.file.Path> codeJars, String appClass) {
        childSide.startAppActivation(inst, codeJars, appClass);
    }

    /** The BackgroundTaskInstance handed to task or app code. */
    public TaskInstanceImpl facadeOf(Instance inst) {
        return inst.facade;
    }

    /** Engine thread only. run() (or onBackgroundActivated) began. */
    public void runStarted(Instance inst) {
        if (inst.live) {
            apply(inst, InstanceAction.RUN_STARTED);
        }
    }

    /** Engine thread only. run() returned normally. */
    public void runReturned(Instance inst) {
        if (!inst.live) {
            return;
        }
        inst.runReturned = true;
        log.emit(inst.subjects(), new Events.RunReturned(inst.deferralsOutstanding));
        if (inst.deferralsOutstanding > 0) {
            apply(inst, InstanceAction.RUN_RETURNED_DEFERRED);
            return;
        }
        abandonLeftoverWork(inst);
        apply(inst, InstanceAction.RUN_RETURNED_DONE);
    }

    /** The missing-deferral bug: work the task started is still going; it is stopped and recorded. */
    private void abandonLeftoverWork(Instance inst) {
        List<String> threads = new ArrayList<>();
        for (Thread t : inst.liveThreads()) {
            if (pieces.threads().isEngineStarted(t)) {
                continue;
            }
            threads.add(t.getName());
        }
        long armed = inst.tracked.stream()
                .filter(e -> !e.isCancelled() && !e.hasFired() && e.kind() == EntryKind.TASK_CLOCK_TIMER).count();
        if (!threads.isEmpty() || armed > 0) {
            log.emit(inst.subjects(), new Events.WorkAbandoned(threads, (int) armed));
        }
    }

    private void failed(Instance inst, Throwable failure, String thread) {
        if (!inst.live) {
            return;
        }
        inst.failure = failure.getClass().getName() + ": " + failure.getMessage();
        inst.failureCause = failure;
        log.emit(inst.subjects(), new Events.InstanceFailed(failure.getClass().getName(), failure.getMessage(),
                CodePieces.stackTrace(failure), thread));
        apply(inst, InstanceAction.FAIL);
    }

    /** Engine thread only. Code in a child host threw: the class, message and stack arrive as text. */
    void failedRemote(Instance inst, String className, String message, String stackTrace, String thread) {
        if (!inst.live) {
            return;
        }
        inst.failure = className + ": " + message;
        inst.failureCause = new RemoteTaskFailure(className, message, stackTrace);
        log.emit(inst.subjects(), new Events.InstanceFailed(className, message, stackTrace, thread));
        apply(inst, InstanceAction.FAIL);
    }

    /**
     * Engine thread only. A child host ended on its own: every instance in it is TERMINATED, the
     * {@code culprit} (who called System.exit, or the only one) first, the others as its collateral.
     */
    void hostEnded(List<Instance> victims, Instance culprit, String cause, String reason) {
        List<Instance> others = new ArrayList<>(victims);
        if (culprit != null) {
            others.remove(culprit);
            if (culprit.live) {
                culprit.endCause = cause;
                culprit.endReason = reason;
                culprit.plannedCollateral = others.stream().filter(i -> i.live).map(Instance::shortName).toList();
                apply(culprit, InstanceAction.TERMINATE);
            }
        }
        for (Instance other : others) {
            terminate(other, cause, reason, culprit);
        }
    }

    @Override
    public void progress(Instance inst, int progress) {
        if (!inst.live) {
            return;
        }
        inst.progress = progress;
        inst.activity();
        log.emit(inst.subjects(), new Events.ProgressReported(progress));
        listener.progress(inst, progress);
    }

    @Override
    public void deferralTaken(Instance inst, int deferral, String stackTrace) {
        if (!inst.live) {
            return;
        }
        inst.deferralsTaken++;
        inst.deferralsOutstanding++;
        log.emit(inst.subjects(), new Events.DeferralTaken(deferral, stackTrace));
        if (inst.extendedTime && inst.timeLimitEntry != null) {
            // extendedBackgroundTaskTime: no time limit once a deferral is taken (SPEC 3.2).
            inst.timeLimitEntry.cancel();
            inst.timeLimitEntry = null;
        }
        armIdleWatchdog(inst);
    }

    @Override
    public void deferralCompleted(Instance inst, int deferral) {
        boolean twice = !inst.completedDeferrals.add(deferral);
        if (!inst.live) {
            if (twice) {
                // The first complete() ended the instance; the second is still a fact for the log and the checker.
                log.emit(inst.subjects(), new Events.DeferralCompleted(deferral, true));
            }
            return;
        }
        log.emit(inst.subjects(), new Events.DeferralCompleted(deferral, twice));
        if (twice) {
            return;
        }
        inst.deferralsOutstanding--;
        if (inst.deferralsOutstanding == 0 && inst.runReturned) {
            abandonLeftoverWork(inst);
            apply(inst, InstanceAction.DEFERRALS_DONE);
        }
    }

    /** Engine thread only. The system requests cancellation (raises canceled listeners, starts grace). */
    public void cancel(Instance inst, BackgroundTaskCancellationReason reason) {
        cancel(inst, reason, "SYSTEM");
    }

    /** Engine thread only. As {@link #cancel(Instance, BackgroundTaskCancellationReason)}; {@code requestedBy} is USER or SYSTEM. */
    public void cancel(Instance inst, BackgroundTaskCancellationReason reason, String requestedBy) {
        if (!inst.live) {
            return;
        }
        inst.pendingCancelReason = reason;
        inst.pendingCancelBy = requestedBy;
        apply(inst, InstanceAction.CANCEL);
    }

    /** Engine thread only. Terminates without any callback; {@code cause} says why. */
    public void terminate(Instance inst, String cause, String reason, Instance collateralOf) {
        if (!inst.live) {
            return;
        }
        inst.endCause = cause;
        inst.endReason = reason;
        inst.collateralOf = collateralOf;
        apply(inst, InstanceAction.TERMINATE);
    }

    /** Engine thread only. Host or app suspended: freeze, stop the time limit, count it. */
    public void suspend(Instance inst) {
        if (!inst.live || inst.gate.isFrozen()) {
            return;
        }
        inst.gate.freeze();
        inst.suspendedCount++;
        inst.facade.setSuspendedCount(inst.suspendedCount);
        if (inst.timeLimitEntry != null) {
            inst.limitRemaining = Duration.between(clock.now(), inst.timeLimitEntry.due());
            inst.timeLimitEntry.cancel();
            inst.timeLimitEntry = null;
            log.emit(inst.subjects(), new Events.TimeLimitPaused(inst.limitRemaining));
        }
    }

    /** Engine thread only. Thaw; the time limit goes on from where it stopped. */
    public void resume(Instance inst) {
        if (!inst.live || !inst.gate.isFrozen()) {
            return;
        }
        inst.gate.thaw();
        if (inst.limitRemaining != null) {
            armTimeLimit(inst, inst.limitRemaining);
            inst.limitRemaining = null;
        }
        List<Runnable> deferred = new ArrayList<>(inst.deferredPieces);
        inst.deferredPieces.clear();
        deferred.forEach(Runnable::run);
    }

    private void apply(Instance inst, InstanceAction action) {
        Transition t = InstanceLifecycle.transition(inst.state, action);
        inst.state = t.next();
        switch (t.effect()) {
            case NONE -> { }
            case START_TIME_LIMIT -> {
                inst.startedAt = clock.now();
                if (inst.timeLimit != null && !inst.gate.isFrozen() && !inst.limitsOff) {
                    armTimeLimit(inst, inst.timeLimit);
                }
            }
            case REQUEST_CANCEL -> requestCancel(inst);
            case FINISH_COMPLETED -> finish(inst, new Events.InstanceCompleted());
            case FINISH_CANCELED -> finish(inst, new Events.InstanceCanceled(inst.cancelReason.name()));
            case FINISH_FAILED -> finish(inst, null);
            case FINISH_TERMINATED -> terminated(inst, action);
        }
    }

    private void armTimeLimit(Instance inst, Duration limit) {
        inst.timeLimitEntry = schedule.add(clock.now().plus(limit), EntryKind.TIME_LIMIT, "time limit, " + inst.label(),
                () -> {
                    inst.timeLimitEntry = null;
                    cancel(inst, BackgroundTaskCancellationReason.EXECUTION_TIME_EXCEEDED);
                });
    }

    private void armIdleWatchdog(Instance inst) {
        Optional<Duration> idle = profile.get().idleWatchdog();
        if (idle.isEmpty() || inst.extendedTime) {
            return;
        }
        if (inst.idleEntry != null) {
            inst.idleEntry.cancel();
        }
        inst.lastActivity = false;
        inst.idleEntry = schedule.add(clock.now().plus(idle.get()), EntryKind.IDLE_WATCHDOG,
                "idle watchdog, " + inst.label(), () -> {
                    if (!inst.live || inst.deferralsOutstanding == 0) {
                        return;
                    }
                    if (inst.lastActivity) {
                        armIdleWatchdog(inst);
                    } else {
                        cancel(inst, BackgroundTaskCancellationReason.IDLE_TASK);
                    }
                });
    }

    private void requestCancel(Instance inst) {
        inst.cancelReason = inst.pendingCancelReason;
        Duration grace = profile.get().gracePeriod();
        inst.graceEntry = schedule.add(clock.now().plus(grace), EntryKind.GRACE_PERIOD, "grace period, " + inst.label(),
                () -> {
                    inst.graceEntry = null;
                    if (inst.live) {
                        inst.endCause = "GRACE_EXPIRED";
                        inst.endReason = inst.cancelReason.name();
                        apply(inst, InstanceAction.GRACE_EXPIRED);
                    }
                });
        int listeners = inst.child != null ? childSide.canceledListeners(inst) : inst.facade.canceledListenerCount();
        log.emit(inst.subjects(), new Events.CancelRequested(inst.cancelReason.name(), inst.graceEntry.due(), listeners,
                inst.pendingCancelBy));
        BackgroundTaskCancellationReason reason = inst.cancelReason;
        if (inst.child != null) {
            childSide.cancel(inst, reason);
            return;
        }
        // Raised on a thread other than run()'s, once, under the baton (SPEC 3.7).
        pieces.newThread(inst, inst.label() + " is running its canceled listeners",
                "bgsim-cancel-" + inst.shortName(), () -> inst.facade.raiseCanceled(reason), null);
    }

    private void terminated(Instance inst, InstanceAction action) {
        Host host = inst.host;
        // A child host's code only stops when its process does: any termination kills the host
        // (unless the host is already gone, or this is collateral of its death).
        boolean killsProcess = "GRACE_EXPIRED".equals(inst.endCause) || "USER_KILLED_HOST".equals(inst.endCause)
                || (inst.child != null && !host.isDead());
        // The process dies with it: the task host out-of-process, the app in-process (SPEC 3.7).
        boolean processKill = killsProcess && inst.collateralOf == null;
        List<Instance> others = new ArrayList<>();
        if (processKill && !inst.registration.inProcess()) {
            // Dead before anyone ends: an emptied host must not go back to the pool as idle.
            host.markDead();
        }
        if (processKill) {
            for (Instance other : live.values()) {
                if (other.host == host && other != inst) {
                    others.add(other);
                }
            }
        }
        List<String> collateral = inst.plannedCollateral != null ? inst.plannedCollateral
                : others.stream().map(Instance::shortName).toList();
        finish(inst, new Events.InstanceTerminated(inst.endCause, inst.endReason,
                inst.collateralOf == null ? null : inst.collateralOf.shortName(), collateral));
        if (!killsProcess || inst.collateralOf != null) {
            return;
        }
        if (inst.registration.inProcess()) {
            listener.appMustTerminate(inst);
            return;
        }
        // Out-of-process: the host process dies; every other instance in it goes with it (SPEC 3.7).
        for (Instance other : others) {
            terminate(other, "HOST_TERMINATED", "host " + host.id() + " terminated", inst);
        }
        listener.hostKilled(host, inst);
    }

    private void finish(Instance inst, dev.bgsim.engine.event.EventPayload endEvent) {
        inst.live = false;
        for (ScheduleEntry e : inst.tracked) {
            e.cancel();
        }
        for (ScheduleEntry e : new ScheduleEntry[] {inst.timeLimitEntry, inst.graceEntry, inst.idleEntry}) {
            if (e != null) {
                e.cancel();
            }
        }
        inst.gate.thaw();
        if (inst.child != null) {
            childSide.ended(inst);
        }
        // Stop the instance's threads (interrupt); anything they do later is dropped.
        inst.group.interrupt();
        live.remove(inst.id);
        pieces.threads().unregisterGroup(inst.group);
        inst.group.instanceEnded();
        inst.host.detach(inst.id);
        inst.registration.running().remove(inst);
        if (endEvent != null) {
            log.emit(inst.subjects(), endEvent);
        }
        listener.ended(inst);
    }
}
