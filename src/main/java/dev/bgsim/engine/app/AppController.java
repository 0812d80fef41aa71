package dev.bgsim.engine.app;

import dev.bgsim.engine.broker.Broker;
import dev.bgsim.engine.broker.Outcome;
import dev.bgsim.engine.broker.PackageRuntime;
import dev.bgsim.engine.event.EventLog;
import dev.bgsim.engine.event.Events;
import dev.bgsim.engine.event.Subjects;
import dev.bgsim.engine.host.CodePieces;
import dev.bgsim.engine.host.Host;
import dev.bgsim.engine.instance.Instance;
import dev.bgsim.engine.instance.InstanceController;
import dev.bgsim.engine.instance.InstanceState;
import dev.bgsim.engine.time.EntryKind;
import dev.bgsim.engine.time.Schedule;
import dev.bgsim.engine.time.ScheduleEntry;
import dev.bgsim.engine.time.SimClock;
import dev.bgsim.sdk.App;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs each package's app through {@link AppLifecycle}: creates app processes, calls the
 * {@link App} callbacks in order on app threads, suspends with a deadline, freezes and thaws
 * in-process instances, and kills or retires processes. In-process activations start here.
 * Engine thread only.
 */
public final class AppController {
    /** How long onSuspending may take (SPEC 3.9). */
    public static final Duration SUSPEND_DEADLINE = Duration.ofSeconds(5);

    private final SimClock clock;
    private final Schedule schedule;
    private final EventLog log;
    private final CodePieces pieces;
    private final Broker broker;
    private final InstanceController instances;
    private final AppServices services;
    private final BackgroundSuspender suspender;
    private final Map<String, AppRuntime> apps = new LinkedHashMap<>();
    private final Map<Instance, AppProcess> processOf = new LinkedHashMap<>();

    /** One package's app: its state and current process. */
    static final class AppRuntime {
        AppState state = AppState.NOT_RUNNING;
        AppProcess process;
        int generation;
        ScheduleEntry suspendDeadline;
    }

    public AppController(SimClock clock, Schedule schedule, EventLog log, CodePieces pieces, Broker broker,
                         InstanceController instances, AppServices services) {
        this.clock = clock;
        this.schedule = schedule;
        this.log = log;
        this.pieces = pieces;
        this.broker = broker;
        this.instances = instances;
        this.services = services;
        this.suspender = new BackgroundSuspender(clock, schedule, log, broker::profile,
                (pkg, why) -> apply(pkg, AppAction.SYSTEM_SUSPEND, why));
    }

    /**
     * Engine thread only. The engine closes: every app process ends (its threads are interrupted
     * and its TaskClock calls throw from now on). No events: nobody listens any more.
     */
    public void shutDown() {
        for (AppRuntime rt : apps.values()) {
            if (rt.process != null) {
                rt.process.end();
            }
        }
    }

    /** The state of a package's app (NOT_RUNNING for one never started). */
    public AppState state(String packageName) {
        AppRuntime rt = apps.get(packageName);
        return rt == null ? AppState.NOT_RUNNING : rt.state;
    }

    /** Every package's app state, in load order. */
    public Map<String, AppState> states() {
        Map<String, AppState> out = new LinkedHashMap<>();
        for (String p : broker.packages().keySet()) {
            out.put(p, state(p));
        }
        return out;
    }

    /** The live process of a package's app, if any. */
    public Optional<AppProcess> process(String packageName) {
        AppRuntime rt = apps.get(packageName);
        return Optional.ofNullable(rt == null ? null : rt.process);
    }

    /** Engine thread only. Applies an app action; refusals name the state and the action. */
    public Outcome apply(String packageName, AppAction action, String why) {
        return apply(packageName, action, why, null);
    }

    /** Engine thread only. As {@link #apply(String, AppAction, String)}; {@code cause} is the instance that killed the app. */
    Outcome apply(String packageName, AppAction action, String why, Instance cause) {
        if (broker.packageRuntime(packageName).isEmpty()) {
            return Outcome.refused("no package named " + packageName + " is loaded");
        }
        AppRuntime rt = apps.computeIfAbsent(packageName, p -> new AppRuntime());
        if (action == AppAction.SYSTEM_SUSPEND && rt.process != null && !rt.process.inProcess.isEmpty()) {
            return Outcome.refused("the system does not suspend app " + packageName + " while its in-process task "
                    + rt.process.inProcess.iterator().next().shortName() + " runs (SPEC 3.9); a user suspend would freeze it");
        }
        if (!AppLifecycle.allows(rt.state, action)) {
            return Outcome.refused("app " + packageName + " is " + rt.state + ": " + action + " is not possible from there");
        }
        AppLifecycle.Transition t = AppLifecycle.transition(rt.state, action);
        AppState from = rt.state;
        rt.state = t.next();
        if (from != t.next() || !t.effects().isEmpty()) {
            log.emit(Subjects.ofPackage(packageName), new Events.AppStateChanged(from.name(), t.next().name(),
                    action.name(), why));
        }
        for (AppEffect e : t.effects()) {
            effect(packageName, rt, e, why, cause);
        }
        // Unless an effect moved the app on (suspend and terminate): that nested apply told the suspender.
        if (rt.state == t.next()) {
            suspender.stateChanged(packageName, rt.process, from, rt.state);
        }
        return Outcome.ok("app " + packageName + " is " + rt.state);
    }

    private void effect(String pkg, AppRuntime rt, AppEffect e, String why, Instance cause) {
        AppProcess p = rt.process;
        switch (e) {
            case CREATE_PROCESS -> createProcess(pkg, rt);
            case ON_LAUNCHED -> {
                call(p, "onLaunched", a -> a.onLaunched(p.context));
                // Not reached when onLaunched throws: the process crashes and its queue is dropped.
                p.enqueueStep("onLaunched returned", () -> log.emit(p.subjects(), new Events.AppCallbackReturned("onLaunched")));
            }
            case ON_ENTERED_BACKGROUND -> call(p, "onEnteredBackground", a -> a.onEnteredBackground(p.context));
            case ON_LEAVING_BACKGROUND -> call(p, "onLeavingBackground", a -> a.onLeavingBackground(p.context));
            case ON_RESUMING -> call(p, "onResuming", a -> a.onResuming(p.context));
            case ON_SUSPENDING -> beginSuspend(pkg, rt);
            case MARK_TERMINATE_AFTER -> p.terminateAfterSuspend = true;
            case FREEZE -> freeze(pkg, rt);
            case TERMINATE_IF_MARKED -> {
                if (p.terminateAfterSuspend) {
                    apply(pkg, AppAction.TERMINATE, "suspend and terminate");
                }
            }
            case THAW -> thaw(pkg, p);
            case DELIVER_QUEUED -> {
                List<Runnable> queued = new ArrayList<>(p.queuedWhileSuspended);
                p.queuedWhileSuspended.clear();
                queued.forEach(Runnable::run);
            }
            case KILL -> kill(pkg, rt, why, cause);
            case RETIRE -> retire(rt);
        }
    }

    private void createProcess(String pkg, AppRuntime rt) {
        AppProcess p = new AppProcess(pkg, ++rt.generation, pieces, this::appCodeFailed);
        rt.process = p;
        pieces.threads().registerGroup(p.threadGroup(), p);
        p.context = services.contextFor(p);
        PackageRuntime pr = broker.packageRuntime(pkg).orElseThrow();
        Optional<String> entry = pr.pkg().appEntryPoint();
        ClassLoader loader = pr.pkg().classLoader();
        p.enqueue("onCreated", () -> {
            App app = entry.isPresent()
                    ? (App) Class.forName(entry.get(), true, loader).getDeclaredConstructor().newInstance()
                    : new App() { };
            p.setApp(app);
            app.onCreated(p.context);
        });
    }

    /** A callback on the App object; skipped when the object could not be created. */
    private void call(AppProcess p, String name, Consumer<App> body) {
        p.enqueue(name, () -> {
            App a = p.app();
            if (a != null) {
                body.accept(a);
            }
        });
    }

    private void beginSuspend(String pkg, AppRuntime rt) {
        AppProcess p = rt.process;
        SuspendingOperationImpl[] op = new SuspendingOperationImpl[1];
        op[0] = new SuspendingOperationImpl(clock.now().plus(SUSPEND_DEADLINE), pieces.port(),
                () -> suspendMaybeDone(pkg, rt, op[0]));
        p.suspending = op[0];
        rt.suspendDeadline = schedule.add(op[0].getDeadline(), EntryKind.SUSPEND_DEADLINE,
                "suspend deadline, " + p.label(), () -> {
                    if (rt.state == AppState.SUSPENDING && p.suspending == op[0]) {
                        apply(pkg, AppAction.SUSPEND_DEADLINE, "onSuspending missed its 5 s deadline");
                    }
                });
        p.track(rt.suspendDeadline);
        call(p, "onSuspending", a -> a.onSuspending(op[0]));
        p.enqueueStep("onSuspending returned", () -> {
            op[0].returned = true;
            suspendMaybeDone(pkg, rt, op[0]);
        });
    }

    private void suspendMaybeDone(String pkg, AppRuntime rt, SuspendingOperationImpl op) {
        if (rt.state == AppState.SUSPENDING && rt.process != null && rt.process.suspending == op && op.done()) {
            rt.process.suspending = null;
            apply(pkg, AppAction.SUSPEND_DONE, "onSuspending finished");
        }
    }

    private void freeze(String pkg, AppRuntime rt) {
        if (rt.suspendDeadline != null) {
            rt.suspendDeadline.cancel();
            rt.suspendDeadline = null;
        }
        rt.process.gate.freeze();
        for (Instance i : rt.process.inProcess) {
            instances.suspend(i);
        }
        appHost(pkg).ifPresent(h -> h.setSuspended(true));
    }

    private void thaw(String pkg, AppProcess p) {
        p.thaw();
        for (Instance i : p.inProcess) {
            instances.resume(i);
        }
        appHost(pkg).ifPresent(h -> h.setSuspended(false));
        p.runNext();
    }

    private Optional<Host> appHost(String pkg) {
        return Optional.ofNullable(broker.hosts().get("app:" + pkg)).filter(h -> !h.isDead());
    }

    /** The process dies at once: every in-process instance in it is TERMINATED as collateral. */
    private void kill(String pkg, AppRuntime rt, String why, Instance cause) {
        AppProcess p = rt.process;
        rt.process = null;
        rt.suspendDeadline = null;
        if (p == null) {
            return;
        }
        endProcess(pkg, p, why, cause);
    }

    private void endProcess(String pkg, AppProcess p, String why, Instance cause) {
        p.end();
        pieces.threads().unregisterGroup(p.threadGroup());
        for (Instance i : new ArrayList<>(p.inProcess)) {
            instances.terminate(i, "APP_TERMINATED", "app " + pkg + " terminated: " + why, cause);
        }
        appHost(pkg).ifPresent(h -> {
            if (h.instances().isEmpty()) {
                h.markDead();
                log.emit(new Subjects(pkg, null, null, null, 0, h.id()), new Events.HostStopped("app process ended: " + why));
            }
        });
    }

    /** Closed for servicing: no more app callbacks; in-process instances run out their cancellation. */
    private void retire(AppRuntime rt) {
        AppProcess p = rt.process;
        rt.process = null;
        rt.suspendDeadline = null;
        if (p != null) {
            p.thaw();
            for (Instance i : p.inProcess) {
                instances.resume(i);
            }
            p.end();
        }
    }

    private void appCodeFailed(AppProcess p, String callback, Throwable failure, String thread) {
        log.emit(p.subjects(), new Events.AppCallbackFailed(callback, failure.getClass().getName(), failure.getMessage(),
                CodePieces.stackTrace(failure)));
        AppRuntime rt = apps.get(p.packageName());
        if (rt != null && rt.process == p) {
            apply(p.packageName(), AppAction.CRASH, callback + " threw " + failure.getClass().getSimpleName());
        }
    }

    // ---------------------------------------------------------------- in-process tasks

    /** Engine thread only. An in-process instance must run: in the app, started in the background if need be. */
    public void startInProcess(Instance inst) {
        String pkg = inst.registration().packageName();
        AppRuntime rt = apps.computeIfAbsent(pkg, p -> new AppRuntime());
        if (rt.process == null || rt.state == AppState.SUSPENDED) {
            apply(pkg, AppAction.BACKGROUND_ACTIVATION, "in-process task " + inst.shortName());
        }
        AppProcess p = rt.process;
        p.inProcess.add(inst);
        processOf.put(inst, p);
        if (rt.state == AppState.SUSPENDED || p.isFrozen()) {
            instances.suspend(inst);
        }
        p.enqueueStep("activation of " + inst.shortName(), () -> services.activate(p, inst));
    }

    /** Engine thread only. An in-process instance outlived its grace period: the whole app process goes. */
    public void instanceOutlivedGrace(Instance inst) {
        AppProcess p = processOf.get(inst);
        String pkg = inst.registration().packageName();
        AppRuntime rt = apps.get(pkg);
        String why = "in-process task " + inst.shortName() + " outlived its grace period";
        processOf.remove(inst);
        if (p != null && rt != null && rt.process == p) {
            apply(pkg, AppAction.CRASH, why, inst);
        } else if (p != null) {
            endProcess(pkg, p, why, inst);
        }
    }

    /** Engine thread only. An instance ended: forget it; an in-process failure crashes the app. */
    public void instanceEnded(Instance inst) {
        AppProcess p = "GRACE_EXPIRED".equals(inst.endCause()) ? processOf.get(inst) : processOf.remove(inst);
        if (p == null) {
            return;
        }
        p.inProcess.remove(inst);
        AppRuntime rt = apps.get(inst.registration().packageName());
        if (inst.state() == InstanceState.FAILED && rt != null && rt.process == p) {
            // A crash in in-process task code crashes the app (semantics reference 8.2).
            apply(p.packageName(), AppAction.CRASH, "in-process task " + inst.shortName() + " failed");
        } else if (rt != null && rt.process == p && inst.endCause() != null && inst.endCause().startsWith("HOST_")) {
            // The package runs isolated and its app process (a child JVM) died under the task.
            apply(p.packageName(), AppAction.CRASH, "the isolated app process died: " + inst.endReason());
        } else if (rt != null && rt.process == p && rt.state == AppState.RUNNING_IN_BACKGROUND) {
            suspender.inProcessEnded(p.packageName(), p, inst);
        }
    }
}
