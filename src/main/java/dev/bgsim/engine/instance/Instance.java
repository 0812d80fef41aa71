package dev.bgsim.engine.instance;

import dev.bgsim.engine.broker.Registration;
import dev.bgsim.engine.event.Subjects;
import dev.bgsim.engine.host.CodeOwner;
import dev.bgsim.engine.host.FreezeGate;
import dev.bgsim.engine.host.Host;
import dev.bgsim.engine.time.ScheduleEntry;
import dev.bgsim.sdk.BackgroundTaskCancellationReason;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One activation of a registration: its lifecycle state and the engine's bookkeeping (time
 * limit, grace period, deferrals, timers). Engine thread only, except {@link #isLive()} and
 * {@link #isFrozen()}, which task threads read.
 */
public final class Instance implements CodeOwner {
    final UUID id;
    final int number;
    final Registration registration;
    final Host host;
    final boolean forced;
    final Object triggerDetails;
    final InstanceThreadGroup group;
    final FreezeGate gate = new FreezeGate();
    private final FailureSink failureSink;
    volatile boolean live = true;
    InstanceState state = InstanceState.STARTING;
    Instant startedAt;
    Duration timeLimit;
    Duration limitRemaining;
    Instant limitCountingSince;
    ScheduleEntry timeLimitEntry;
    ScheduleEntry graceEntry;
    ScheduleEntry idleEntry;
    BackgroundTaskCancellationReason cancelReason;
    int deferralsTaken;
    int deferralsOutstanding;
    final Set<Integer> completedDeferrals = new HashSet<>();
    boolean runReturned;
    int progress;
    int suspendedCount;
    String failure;
    Throwable failureCause;
    String endCause;
    String endReason;
    Instance collateralOf;
    boolean extendedTime;
    BackgroundTaskCancellationReason pendingCancelReason;
    /** Who asked for the pending cancellation: USER or SYSTEM (for the CancelRequested event). */
    String pendingCancelBy;
    final List<ScheduleEntry> tracked = new ArrayList<>();
    final List<Runnable> deferredPieces = new ArrayList<>();
    TaskInstanceImpl facade;
    /** Set when the instance runs in a child-JVM host. */
    ChildInstances.State child;
    /** Time limits off: its host runs under a debugger (SPEC 3.7). */
    boolean limitsOff;
    /** Names of the instances a host crash takes with this one (set before it is terminated). */
    List<String> plannedCollateral;

    /** Engine-side sink for failures of this instance's code. */
    public interface FailureSink {
        void failed(Instance instance, Throwable failure, String thread);
    }

    Instance(UUID id, int number, Registration registration, Host host, boolean forced, Object triggerDetails,
             FailureSink failureSink, InstanceGroups groups, boolean warm) {
        this.id = id;
        this.number = number;
        this.registration = registration;
        this.host = host;
        this.forced = forced;
        this.triggerDetails = triggerDetails;
        this.failureSink = failureSink;
        this.group = groups.groupFor(this, host.threadGroup(), warm);
    }

    public UUID id() {
        return id;
    }

    public int number() {
        return number;
    }

    public Registration registration() {
        return registration;
    }

    public Host host() {
        return host;
    }

    public InstanceState state() {
        return state;
    }

    public boolean forced() {
        return forced;
    }

    public BackgroundTaskCancellationReason cancelReason() {
        return cancelReason;
    }

    public int progress() {
        return progress;
    }

    public int suspendedCount() {
        return suspendedCount;
    }

    /** What the task threw, when it FAILED. */
    public Throwable failureCause() {
        return failureCause;
    }

    /** Why it was TERMINATED (GRACE_EXPIRED, LOW_MEMORY, USER, APP_TERMINATED...), or null. */
    public String endCause() {
        return endCause;
    }

    public String endReason() {
        return endReason;
    }

    /** "SampleBackgroundTask#3". */
    public String shortName() {
        return registration.name() + "#" + number;
    }

    @Override
    public String label() {
        return "instance " + number + " of " + registration.name();
    }

    @Override
    public boolean isLive() {
        return live;
    }

    @Override
    public ThreadGroup threadGroup() {
        return group;
    }

    @Override
    public boolean isFrozen() {
        return gate.isFrozen();
    }

    @Override
    public void deferUntilResume(Runnable enqueue) {
        deferredPieces.add(enqueue);
    }

    @Override
    public void codeFailed(Throwable failure, String thread) {
        failureSink.failed(this, failure, thread);
    }

    @Override
    public Subjects subjects() {
        return new Subjects(registration.packageName(), registration.taskId(), registration.name(), id, number,
                host.id());
    }

    @Override
    public void track(ScheduleEntry entry) {
        tracked.removeIf(e -> e.isCancelled());
        tracked.add(entry);
    }

    @Override
    public void activity() {
        lastActivity = true;
    }

    boolean lastActivity;

    /** Threads of this instance (and those it started) that are still alive, except the caller's. */
    List<Thread> liveThreads() {
        Thread[] all = new Thread[group.activeCount() + 8];
        int n = group.enumerate(all, true);
        List<Thread> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (all[i].isAlive()) {
                out.add(all[i]);
            }
        }
        return out;
    }
}
