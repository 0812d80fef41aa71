package dev.bgsim.engine.instance;

import dev.bgsim.engine.event.EventLog;
import dev.bgsim.engine.event.Events;
import dev.bgsim.engine.event.Subjects;
import dev.bgsim.engine.host.ChildHostEvents;
import dev.bgsim.engine.host.ChildHosts;
import dev.bgsim.engine.host.ChildJvmHost;
import dev.bgsim.engine.sdkimpl.SettingsStore;
import dev.bgsim.engine.time.EntryKind;
import dev.bgsim.engine.time.Lockstep;
import dev.bgsim.engine.time.Schedule;
import dev.bgsim.engine.time.ScheduleEntry;
import dev.bgsim.engine.time.SimClock;
import dev.bgsim.host.process.HostExit;
import dev.bgsim.host.protocol.DeviceStatusSnapshot;
import dev.bgsim.sdk.BackgroundTaskCancellationReason;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * The engine side of instances running in child-JVM hosts: what in-JVM is a thread under the
 * lockstep baton is here a frame sent from a {@link Lockstep.Piece} (START_INSTANCE, WAKE,
 * TIMER_FIRE, CANCEL), and the piece ends when the host says the code parked on TaskClock or
 * returned. Each piece is known by the name of the host thread that runs it, which the host
 * reports with each sleep. What the host reports arrives here as {@link ChildHostEvents} and is
 * handed to the same {@link InstanceController} methods in-JVM tasks use, so the lifecycle,
 * events and time limits are the same. Engine thread only.
 */
final class ChildInstances implements ChildHostEvents, ChildHosts.Drain {
    private static final String OOM = "java.lang.OutOfMemoryError";
    /** Real time an ended instance's last frames (a callback's end, a second complete()) may take to arrive. */
    private static final long DRAIN_MILLIS = 1000;

    private final InstanceController controller;
    private final SimClock clock;
    private final Schedule schedule;
    private final Lockstep lockstep;
    private final EventLog log;
    private final SettingsStore settings;
    private final Supplier<DeviceStatusSnapshot> status;
    private ChildHosts hosts;
    private Runnable afterHostExit = () -> { };
    /** Ended instances whose pieces still wait for their frames, by host. */
    private final Map<ChildJvmHost, java.util.Set<Instance>> draining = new HashMap<>();
    private final Map<ChildJvmHost, List<Runnable>> whenDrained = new HashMap<>();

    /** Per instance: the pieces it holds, by host thread name, its timers and its canceled listeners. */
    static final class State {
        final Map<String, ArrayDeque<Long>> pieces = new HashMap<>();
        final Map<Long, ScheduleEntry> timers = new HashMap<>();
        final List<Path> codeJars;
        int canceledListeners;
        boolean outputDropReported;

        State(List<Path> codeJars) {
            this.codeJars = codeJars;
        }
    }

    ChildInstances(InstanceController controller, SimClock clock, Schedule schedule, Lockstep lockstep, EventLog log,
                   SettingsStore settings, Supplier<DeviceStatusSnapshot> status) {
        this.controller = controller;
        this.clock = clock;
        this.schedule = schedule;
        this.lockstep = lockstep;
        this.log = log;
        this.settings = settings;
        this.status = status;
    }

    void connect(ChildHosts childHosts, Runnable afterExit) {
        this.hosts = childHosts;
        this.afterHostExit = afterExit;
        childHosts.setDrain(this);
    }

    private static String shortId(Instance inst) {
        return inst.id.toString().substring(0, 8);
    }

    private static String runThread(Instance inst) {
        return "bgsim-run-" + shortId(inst);
    }

    private static String timerThread(Instance inst, long timerId) {
        return "bgsim-timer-" + timerId + "-" + shortId(inst);
    }

    private static String cancelThread(Instance inst) {
        return "bgsim-canceled-" + shortId(inst);
    }

    private static ChildJvmHost host(Instance inst) {
        return (ChildJvmHost) inst.host;
    }

    // ---------------------------------------------------------------- pieces

    /** Queues a piece for {@code inst} run by the host thread {@code thread}; {@code start} sends its frame. */
    private void piece(Instance inst, String thread, String label, Duration allowance, LongConsumer start) {
        lockstep.enqueue(new Lockstep.Piece() {
            @Override
            public String label() {
                return label;
            }

            @Override
            public boolean isLive() {
                return inst.live;
            }

            @Override
            public Duration startAllowance() {
                return allowance;
            }

            @Override
            public void start(long pieceId) {
                inst.child.pieces.computeIfAbsent(thread, t -> new ArrayDeque<>()).add(pieceId);
                start.accept(pieceId);
            }
        });
    }

    /** The host thread {@code thread} parked or finished: its piece ends. */
    private void endPiece(Instance inst, String thread) {
        ArrayDeque<Long> q = inst.child.pieces.get(thread);
        Long id = q == null ? null : q.poll();
        if (id != null) {
            lockstep.pieceDone(id);
        }
        if (!inst.live && !hasPieces(inst)) {
            drained(inst);
        }
    }

    private static boolean hasPieces(Instance inst) {
        return inst.child.pieces.values().stream().anyMatch(q -> !q.isEmpty());
    }

    /**
     * The instance ended. Pieces whose host still runs keep the baton until their last frames
     * arrive (a callback's end, a second complete() after the first ended the instance), as an
     * in-JVM thread finishes its piece; after {@value #DRAIN_MILLIS} ms, or when the host dies,
     * they end anyway.
     */
    void ended(Instance inst) {
        inst.child.timers.clear();
        ChildJvmHost h = host(inst);
        if (h.process().isAlive() && hasPieces(inst)) {
            draining.computeIfAbsent(h, k -> new java.util.LinkedHashSet<>()).add(inst);
            java.util.concurrent.CompletableFuture.delayedExecutor(DRAIN_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS)
                    .execute(() -> h.port().post(() -> endAllPieces(inst)));
        } else {
            endAllPieces(inst);
        }
    }

    private void endAllPieces(Instance inst) {
        for (ArrayDeque<Long> q : inst.child.pieces.values()) {
            for (Long id : q) {
                lockstep.pieceDone(id);
            }
        }
        inst.child.pieces.clear();
        drained(inst);
    }

    private void drained(Instance inst) {
        ChildJvmHost h = host(inst);
        java.util.Set<Instance> set = draining.get(h);
        if (set == null || !set.remove(inst) || !set.isEmpty()) {
            return;
        }
        draining.remove(h);
        List<Runnable> then = whenDrained.remove(h);
        if (then != null) {
            then.forEach(Runnable::run);
        }
    }

    @Override
    public boolean draining(ChildJvmHost host) {
        return draining.containsKey(host);
    }

    @Override
    public void whenDrained(ChildJvmHost host, Runnable then) {
        whenDrained.computeIfAbsent(host, k -> new ArrayList<>()).add(then);
    }

    /** Queues the start: the host loads the package's jars and calls run(). */
    void start(Instance inst, List<Path> codeJars) {
        start(inst, codeJars, inst.registration.entryPoint(), false, "run()");
    }

    /** An in-process activation in the isolated app process: the app's onBackgroundActivated runs there. */
    void startAppActivation(Instance inst, List<Path> codeJars, String appClass) {
        start(inst, codeJars, appClass, true, "onBackgroundActivated");
    }

    private void start(Instance inst, List<Path> codeJars, String entryPoint, boolean appActivation, String what) {
        inst.child = new State(codeJars);
        Registration r = new Registration(inst);
        piece(inst, runThread(inst), inst.label() + " is running " + what, ChildHosts.START_ALLOWANCE, pieceId ->
                host(inst).startInstance(new ChildJvmHost.StartRequest(inst.id, r.taskId, r.name, r.packageName,
                        entryPoint, codeJars, inst.triggerDetails,
                        settings.snapshot(r.packageName), status.get(), clock.now(), 0.0, appActivation)));
    }

    private record Registration(UUID taskId, String name, String packageName) {
        Registration(Instance inst) {
            this(inst.registration.taskId(), inst.registration.name(), inst.registration.packageName());
        }
    }

    /** Queues the canceled listeners; the piece ends when the host says they all returned. */
    void cancel(Instance inst, BackgroundTaskCancellationReason reason) {
        piece(inst, cancelThread(inst), inst.label() + " is running its canceled listeners", ChildHosts.PIECE_ALLOWANCE, pieceId -> {
            host(inst).clock(clock.now(), 0);
            host(inst).cancel(inst.id, reason);
        });
    }

    int canceledListeners(Instance inst) {
        return inst.child.canceledListeners;
    }

    // ---------------------------------------------------------------- what the host says

    /** The instance, live or ended (its pieces may still be draining), or null. */
    private Instance known(UUID id) {
        if (id == null) {
            return null;
        }
        Instance inst = controller.find(id).orElse(null);
        return inst != null && inst.child != null ? inst : null;
    }

    private Instance live(UUID id) {
        if (id == null) {
            return null;
        }
        Instance inst = controller.find(id).orElse(null);
        return inst != null && inst.live && inst.child != null ? inst : null;
    }

    @Override
    public void runEntered(UUID instance) {
        Instance inst = live(instance);
        if (inst == null) {
            return;
        }
        ArrayDeque<Long> q = inst.child.pieces.get(runThread(inst));
        if (q != null && !q.isEmpty()) {
            lockstep.restartThreshold(q.peek(), ChildHosts.PIECE_ALLOWANCE);
        }
        controller.runStarted(inst);
    }

    @Override
    public void runReturned(UUID instance) {
        Instance inst = known(instance);
        if (inst != null) {
            endPiece(inst, runThread(inst));
            controller.runReturned(inst);
        }
    }

    @Override
    public void runThrew(UUID instance, String className, String message, String stackTrace) {
        Instance inst = known(instance);
        if (inst != null) {
            endPiece(inst, runThread(inst));
        }
        if (inst != null && inst.live) {
            codeFailed(inst, className, message, stackTrace, runThread(inst));
        }
    }

    @Override
    public void startFailed(UUID instance, String message, String stackTrace) {
        Instance inst = known(instance);
        if (inst != null) {
            endPiece(inst, runThread(inst));
        }
        if (inst != null && inst.live) {
            String cls = "dev.bgsim.host.TaskStartFailed";
            if (stackTrace != null && !stackTrace.isBlank()) {
                String first = stackTrace.lines().findFirst().orElse("");
                int colon = first.indexOf(':');
                cls = (colon > 0 ? first.substring(0, colon) : first).strip();
            }
            controller.failedRemote(inst, cls, message, stackTrace == null ? "" : stackTrace, runThread(inst));
        }
    }

    @Override
    public void threadDied(UUID instance, String threadName, String className, String message, String stackTrace) {
        Instance inst = live(instance);
        if (inst != null) {
            codeFailed(inst, className, message, stackTrace, threadName);
        }
    }

    /** An OutOfMemoryError that escaped is fatal for the instance (SPEC 3.7); anything else fails it. */
    private void codeFailed(Instance inst, String className, String message, String stackTrace, String thread) {
        if (OOM.equals(className)) {
            controller.terminate(inst, "OUT_OF_MEMORY", className + (message == null ? "" : ": " + message)
                    + " escaped the task on thread " + thread + " (memory quota "
                    + (host(inst).process().options().heapMaxBytes() / (1024 * 1024)) + " MB)", null);
        } else {
            controller.failedRemote(inst, className, message, stackTrace, thread);
        }
    }

    @Override
    public void deferralTaken(UUID instance, int deferral, String stackTrace) {
        Instance inst = live(instance);
        if (inst != null) {
            controller.deferralTaken(inst, deferral, stackTrace);
        }
    }

    @Override
    public void deferralCompleted(UUID instance, int deferral, boolean again) {
        // A second complete() is reported even after the first one ended the instance (SPEC 3.6).
        Instance inst = instance == null ? null : controller.find(instance).orElse(null);
        if (inst != null && (inst.live || again)) {
            controller.deferralCompleted(inst, deferral);
        }
    }

    @Override
    public void progress(UUID instance, int progress) {
        Instance inst = live(instance);
        if (inst != null) {
            controller.progress(inst, progress);
        }
    }

    @Override
    public void sleepRequested(UUID instance, long sleepId, Duration duration, boolean tracked, String threadName) {
        Instance known = known(instance);
        if (known != null && tracked) {
            endPiece(known, threadName);
        }
        Instance inst = live(instance);
        if (inst == null) {
            return;
        }
        inst.activity();
        String label = inst.label();
        ScheduleEntry e = schedule.add(clock.now().plus(duration), EntryKind.TASK_CLOCK_SLEEP,
                "TaskClock sleep" + (tracked ? "" : " (untracked thread)") + ", " + label, () -> {
                    if (!inst.live) {
                        return;
                    }
                    Runnable wake = tracked
                            ? () -> piece(inst, threadName, label + " woke from TaskClock.sleep", ChildHosts.PIECE_ALLOWANCE, pieceId -> {
                                host(inst).clock(clock.now(), 0);
                                host(inst).wake(inst.id, sleepId, clock.now());
                            })
                            : () -> host(inst).wake(inst.id, sleepId, clock.now());
                    if (inst.isFrozen()) {
                        inst.deferUntilResume(wake);
                    } else {
                        wake.run();
                    }
                });
        inst.track(e);
    }

    @Override
    public void timerCreated(UUID instance, long timerId, Duration delay, boolean periodic) {
        Instance inst = live(instance);
        if (inst != null) {
            inst.activity();
            arm(inst, timerId, delay, periodic);
        }
    }

    private void arm(Instance inst, long timerId, Duration delay, boolean periodic) {
        String label = inst.label();
        ScheduleEntry e = schedule.add(clock.now().plus(delay), EntryKind.TASK_CLOCK_TIMER,
                "TaskClock " + (periodic ? "periodic " : "") + "timer, " + label, () -> {
                    if (!inst.live || !inst.child.timers.containsKey(timerId)) {
                        return;
                    }
                    if (periodic) {
                        arm(inst, timerId, delay, true);
                    } else {
                        inst.child.timers.remove(timerId);
                    }
                    Runnable fire = () -> piece(inst, timerThread(inst, timerId), label + " is running a TaskClock timer callback",
                            ChildHosts.PIECE_ALLOWANCE, pieceId -> {
                                host(inst).clock(clock.now(), 0);
                                host(inst).fireTimer(inst.id, timerId, clock.now());
                            });
                    if (inst.isFrozen()) {
                        inst.deferUntilResume(fire);
                    } else {
                        fire.run();
                    }
                });
        inst.child.timers.put(timerId, e);
        inst.track(e);
    }

    @Override
    public void timerCancelled(UUID instance, long timerId) {
        Instance inst = live(instance);
        if (inst != null) {
            ScheduleEntry e = inst.child.timers.remove(timerId);
            if (e != null) {
                e.cancel();
            }
        }
    }

    @Override
    public void timerCallbackDone(UUID instance, long timerId) {
        Instance inst = known(instance);
        if (inst != null) {
            endPiece(inst, timerThread(inst, timerId));
        }
    }

    @Override
    public void canceledListenersDone(UUID instance) {
        Instance inst = known(instance);
        if (inst != null) {
            endPiece(inst, cancelThread(inst));
        }
    }

    @Override
    public void canceledListenerCount(UUID instance, int count) {
        Instance inst = live(instance);
        if (inst != null) {
            inst.child.canceledListeners = count;
        }
    }

    @Override
    public void settingPut(UUID instance, String key, Object value) {
        setting(instance, key, value, false);
    }

    @Override
    public void settingRemoved(UUID instance, String key) {
        setting(instance, key, null, true);
    }

    /** The host already changed its cache: store it (even for an instance that just ended), tell the rest. */
    private void setting(UUID instance, String key, Object value, boolean remove) {
        Instance inst = instance == null ? null : controller.find(instance).orElse(null);
        if (inst == null) {
            return;
        }
        String pkg = inst.registration.packageName();
        boolean[] changed = {true};
        hosts.writeFrom(inst.host, () -> {
            if (remove) {
                changed[0] = settings.remove(pkg, key);
            } else {
                settings.put(pkg, key, value);
            }
        });
        if (inst.live && changed[0]) {
            log.emit(inst.subjects(), new Events.LocalSettingChanged(key, remove ? null : value, remove || value == null));
        }
    }

    @Override
    public void notification(UUID instance, String kind, String title, String text, List<String> lines, Integer badge) {
        Instance inst = live(instance);
        if (inst == null) {
            return;
        }
        String k = switch (kind) {
            case "toast" -> "TOAST";
            case "tile" -> "TILE";
            default -> "BADGE";
        };
        log.emit(inst.subjects(), new Events.NotificationShown(k, title, text, lines == null ? List.of() : List.copyOf(lines),
                "clearBadge".equals(kind) ? null : badge));
    }

    @Override
    public void output(UUID instance, String stream, String level, String text) {
        Instance inst = live(instance);
        if (inst != null) {
            log.emit(inst.subjects(), new Events.TaskOutput(level, text, stream));
        }
    }

    @Override
    public void outputDropped(UUID instance, long totalDropped) {
        Instance inst = live(instance);
        if (inst != null && !inst.child.outputDropReported) {
            inst.child.outputDropReported = true;
            log.emit(inst.subjects(), new Events.TaskOutput("WARNING", "output past the cap of "
                    + host(inst).process().options().outputCapBytes() + " bytes is dropped (" + totalDropped
                    + " bytes so far)", "bgsim"));
        }
    }

    @Override
    public void hostExited(ChildJvmHost host, HostExit exit, Set<UUID> lost) {
        hosts.forget(host);
        for (Instance ended : new ArrayList<>(draining.getOrDefault(host, java.util.Set.of()))) {
            endAllPieces(ended);
        }
        whenDrained.remove(host);
        List<Instance> victims = new ArrayList<>();
        for (UUID id : lost) {
            Instance inst = live(id);
            if (inst != null) {
                victims.add(inst);
            }
        }
        String cause = switch (exit.cause()) {
            case TASK_EXIT -> "HOST_EXITED";
            case HALTED -> "HOST_CRASHED";
            case KILLED_EXTERNALLY -> "HOST_KILLED";
            case PROTOCOL_VIOLATION -> "HOST_PROTOCOL";
            case START_FAILED -> "HOST_START_FAILED";
            case KILLED_BY_BGSIM, SHUT_DOWN -> "HOST_TERMINATED";
        };
        boolean byBgsim = switch (exit.cause()) {
            case KILLED_BY_BGSIM, SHUT_DOWN -> true;
            default -> false;
        };
        Instance culprit = null;
        UUID exiting = host.exitingInstance();
        for (Instance v : victims) {
            if (v.id.equals(exiting)) {
                culprit = v;
            }
        }
        if (culprit == null && victims.size() == 1) {
            culprit = victims.get(0);
        }
        String reason = exit.reason() + " (exit code " + exit.exitCode() + ")";
        if (!byBgsim) {
            String pkg = victims.isEmpty() ? null : victims.get(0).registration.packageName();
            log.emit(new Subjects(pkg, null, null, null, 0, host.id()),
                    new Events.HostCrashed(exit.cause() + ": " + reason, victims.stream().map(Instance::shortName).toList()));
        }
        controller.hostEnded(victims, culprit, cause, reason);
        afterHostExit.run();
    }

    @Override
    public void hostUnresponsive(ChildJvmHost host, Duration silentFor) {
        if (!host.isDead()) {
            log.emit(new Subjects(null, null, null, null, 0, host.id()), new Events.HostUnresponsive(silentFor,
                    "no heartbeat for " + silentFor.toMillis() + " ms although bgsim did not suspend it: frozen from"
                            + " outside (SIGSTOP) or wedged"));
        }
    }

    @Override
    public void hostHeapSampled(ChildJvmHost host, long heapUsedBytes, long heapMaxBytes) {
        log.emit(new Subjects(packageOf(host.id()), null, null, null, 0, host.id()),
                new Events.HostHeapSampled(heapUsedBytes, heapMaxBytes));
    }

    /** "PKG/default", "PKG/group:G", "PKG/multi-3" and "app:PKG" (an isolated app) all name their package. */
    private static String packageOf(String hostId) {
        if (hostId.startsWith("app:")) {
            return hostId.substring("app:".length());
        }
        int slash = hostId.indexOf('/');
        return slash > 0 ? hostId.substring(0, slash) : null;
    }

    @Override
    public void hostResponsiveAgain(ChildJvmHost host) {
        if (!host.isDead()) {
            log.emit(new Subjects(null, null, null, null, 0, host.id()), new Events.HostResponsive());
        }
    }
}
