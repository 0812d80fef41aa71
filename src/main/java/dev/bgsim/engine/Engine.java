package dev.bgsim.engine;

import dev.bgsim.engine.app.AppButtons;
import dev.bgsim.engine.app.AppController;
import dev.bgsim.engine.app.AppProcess;
import dev.bgsim.engine.app.AppRegistrations;
import dev.bgsim.engine.app.AppServices;
import dev.bgsim.engine.app.AppState;
import dev.bgsim.engine.app.PackageServicing;
import dev.bgsim.engine.broker.AppSignals;
import dev.bgsim.engine.broker.Broker;
import dev.bgsim.engine.broker.RequestCaller;
import dev.bgsim.engine.broker.RequestVerdict;
import dev.bgsim.engine.broker.Outcome;
import dev.bgsim.engine.broker.RegisterResult;
import dev.bgsim.engine.broker.Registration;
import dev.bgsim.engine.device.DeviceProfile;
import dev.bgsim.engine.device.DeviceState;
import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.EventBus;
import dev.bgsim.engine.event.EventLog;
import dev.bgsim.engine.event.EventSubscriber;
import dev.bgsim.engine.event.Events;
import dev.bgsim.engine.event.Subjects;
import dev.bgsim.engine.event.Subscription;
import dev.bgsim.engine.host.ChildHosts;
import dev.bgsim.engine.host.ClockService;
import dev.bgsim.engine.host.Hosting;
import dev.bgsim.host.process.HostLauncher;
import dev.bgsim.host.protocol.DeviceStatusSnapshot;
import dev.bgsim.engine.host.CodePieces;
import dev.bgsim.engine.host.EnginePort;
import dev.bgsim.engine.host.Host;
import dev.bgsim.engine.host.TaskThreads;
import dev.bgsim.engine.instance.Instance;
import dev.bgsim.engine.instance.InstanceController;
import dev.bgsim.engine.packages.PackageFileReader;
import dev.bgsim.engine.packages.PackageOrigin;
import dev.bgsim.engine.sdkimpl.SdkServices;
import dev.bgsim.engine.sdkimpl.SettingsStore;
import dev.bgsim.engine.time.EngineLoop;
import dev.bgsim.engine.time.EntryKind;
import dev.bgsim.engine.time.Holds;
import dev.bgsim.engine.time.Lockstep;
import dev.bgsim.engine.time.Schedule;
import dev.bgsim.engine.time.SimClock;
import dev.bgsim.engine.workspace.RegistrationStore;
import dev.bgsim.engine.workspace.Workspace;
import dev.bgsim.engine.workspace.WorkspaceProblem;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * The engine facade: one thread ({@code bgsim-engine}) owns all simulated state; clients submit
 * {@link Command}s, read immutable {@link EngineSnapshot}s through {@link #query}, and learn what
 * happened from the event stream ({@link #subscribe}). All public methods are thread-safe and
 * never block on task code. Never call {@code join()} on a result from the engine thread.
 */
public final class Engine implements AutoCloseable {
    private final EngineConfig config;
    private final SimClock clock;
    private final Schedule schedule = new Schedule();
    private final Holds holds = new Holds();
    private final Lockstep lockstep;
    private final EventBus bus;
    private final EventLog log;
    private final EngineLoop loop;
    private final TaskThreads threads = new TaskThreads();
    private final CodePieces pieces;
    private final InstanceController instances;
    private final Broker broker;
    private final SettingsStore settings;
    private final Workspace workspace;
    private final List<WorkspaceProblem> workspaceProblems = java.util.Collections.synchronizedList(new ArrayList<>());
    private final DeviceChanges devices;
    private final AppController apps;
    private final AppSignals signals;
    private final PackageServicing servicing;
    private final AppButtons buttons;
    private final CommandGate gate;
    private final PackageFileReader reader;
    private final ExecutorService readerThread;
    private final PackageFileCommands files;
    private final List<Throwable> errors = java.util.Collections.synchronizedList(new ArrayList<>());
    /** Child-JVM task hosts; null with {@link dev.bgsim.engine.host.Hosting#IN_JVM}. */
    private final ChildHosts childHosts;
    private DeviceState statusDevice;
    private DeviceProfile statusProfile;
    private DeviceProfile profile;
    private long idCounter;
    private final long idSeed;

    private Engine(EngineConfig config, Workspace workspace) {
        this.config = config;
        this.workspace = workspace;
        this.lockstep = new Lockstep(holds, config.ticker(), config.busyThreshold());
        EnginePort port = this::post;
        this.childHosts = config.hosting() == Hosting.CHILD_JVM
                ? new ChildHosts(port, holds, HostLauncher.defaultCacheDir()) : null;
        this.settings = childHosts != null ? childHosts.fanOut(workspace.settings()) : workspace.settings();
        this.clock = new SimClock(config.start());
        this.profile = config.profile();
        this.idSeed = ByteBuffer.wrap(config.start().toString().getBytes(StandardCharsets.UTF_8)).getLong();
        this.bus = new EventBus(errors::add);
        this.log = new EventLog(clock, config.wallClock(), bus);
        this.devices = new DeviceChanges(clock, schedule, log, config.initialDevice());
        this.loop = new EngineLoop(clock, schedule, holds, lockstep, config.ticker(), config.timeSkipping(),
                config.speed(), this::commit, this::engineError);
        this.pieces = new CodePieces(threads, lockstep, port);
        ClockService clockService = new ClockService(clock, schedule, pieces);
        SdkServices sdk = new SdkServices(port, clock, clockService, threads, log, devices::current);
        this.instances = new InstanceController(clock, schedule, log, pieces, sdk, settings, () -> profile, this::nextId);
        this.broker = new Broker(clock, schedule, log, instances, port, this::nextId, devices::current, () -> profile);
        devices.connect(broker);
        this.signals = new AppSignals(broker, instances, log, devices::current, () -> profile);
        AppRegistrations appRegs = new AppRegistrations(broker, signals, port, threads, this::appState, this::appProcess);
        AppServices appServices = new AppServices(broker, appRegs, instances, pieces, sdk, settings, log,
                this::appState, this::appProcess);
        this.apps = new AppController(clock, schedule, log, pieces, broker, instances, appServices);
        this.buttons = new AppButtons(apps, settings, log);
        this.servicing = new PackageServicing(broker, instances, apps, settings,
                change -> devices.set(change.apply(devices.current()), "log off"));
        this.gate = new CommandGate(loop::post);
        this.reader = new PackageFileReader();
        this.readerThread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "bgsim-package-reader");
            t.setDaemon(true);
            return t;
        });
        this.files = new PackageFileCommands(broker, servicing, log);
        instances.setInProcessStarter(apps::startInProcess);
        broker.setAppSide(new Broker.AppSide() {
            @Override
            public void appMustTerminate(Instance instance) {
                apps.instanceOutlivedGrace(instance);
            }

            @Override
            public void progress(Instance instance, int progress) {
                appServices.deliverProgress(instance, progress);
            }

            @Override
            public void ended(Instance instance) {
                apps.instanceEnded(instance);
                appServices.deliverCompletion(instance);
            }
        });
        loop.setSkipPolicy(config.skipPolicy(), () -> !instances.live().isEmpty());
        if (childHosts != null) {
            broker.useChildHosts(childHosts, instances.connectChildHosts(lockstep, childHosts, this::statusSnapshot,
                    broker::reevaluate));
            loop.setClockObserver(childHosts::clockChanged);
            childHosts.prepare();
        }
    }

    private void post(Runnable work) {
        loop.post(work);
    }

    /** Engine thread. After each unit of work: child hosts learn a changed device status, then the batch is published. */
    private void commit() {
        if (childHosts != null && (devices.current() != statusDevice || profile != statusProfile)) {
            statusDevice = devices.current();
            statusProfile = profile;
            childHosts.status(statusSnapshot());
        }
        log.commit();
    }

    /** What SystemStatus answers in a child host (memory usage is the host's own). */
    private DeviceStatusSnapshot statusSnapshot() {
        DeviceState d = devices.current();
        return new DeviceStatusSnapshot(d.workCost(), d.energySaverStatus(), d.internet(), d.powerSupplyStatus(),
                d.batteryPercent(), 0, profile.memoryQuotaBytes().orElse(0L));
    }

    /** Any thread. Pids of child-JVM task hosts this engine started that still run (none after {@link #close}). */
    public List<Long> hostPids() {
        return childHosts == null ? List.of() : childHosts.livePids();
    }

    private AppState appState(String pkg) {
        return apps.state(pkg);
    }

    private java.util.Optional<AppProcess> appProcess(String pkg) {
        return apps.process(pkg);
    }

    /** Creates and starts an engine with nothing on disk ({@link Workspace#inMemory()}). */
    public static Engine start(EngineConfig config) {
        return start(config, Workspace.inMemory());
    }

    /**
     * Creates and starts an engine on a workspace: registrations and access settings are restored
     * (attached when their package loads), local settings come from it, and every change is saved.
     * Files that could not be read are reported as WorkspaceProblem events and by
     * {@link #workspaceProblems()}.
     */
    public static Engine start(EngineConfig config, Workspace workspace) {
        Engine e = new Engine(config, workspace);
        e.loop.post(() -> {
            e.loop.setPaused(config.startPaused());
            e.devices.start();
            e.log.emit(Subjects.NONE, new Events.EngineStarted(config.profile().name(), config.start(),
                    config.timeSkipping(), config.speed(), DeviceChanges.describe(config.initialDevice())));
            e.restoreWorkspace();
        });
        e.loop.start("bgsim-engine");
        return e;
    }

    /** Engine thread only. Takes what the workspace held and reports what it could not read. */
    private void restoreWorkspace() {
        RegistrationStore.Loaded loaded = workspace.registrations().load();
        List<WorkspaceProblem> problems = new ArrayList<>(workspace.loadProblems());
        problems.addAll(loaded.problems());
        for (WorkspaceProblem p : problems) {
            workspaceProblems.add(p);
            log.emit(Subjects.NONE, new Events.WorkspaceProblem(p.file(), p.problem(), p.movedTo()));
        }
        broker.restore(workspace.registrations(), loaded);
        log.emit(Subjects.NONE, new Events.WorkspaceRestored(loaded.registrations().size(),
                (int) loaded.registrations().stream().map(r -> r.packageName()).distinct().count(), loaded.access().size()));
    }

    /** Any thread. Workspace files that could not be read at start (each moved aside as *.corrupt-TIMESTAMP). */
    public List<WorkspaceProblem> workspaceProblems() {
        return List.copyOf(workspaceProblems);
    }

    /** Deterministic ids: the same run gives the same instance and registration ids. */
    private UUID nextId() {
        return new UUID(idSeed, ++idCounter);
    }

    private void engineError(Throwable t) {
        errors.add(t);
        log.emit(Subjects.NONE, new Events.EngineErrorOccurred(String.valueOf(t), CodePieces.stackTrace(t)));
    }

    /** Internal errors so far (an engine bug or a subscriber that threw); tests assert it is empty. */
    public List<Throwable> errors() {
        return List.copyOf(errors);
    }

    // ------------------------------------------------------------------ client API

    /** Any thread. Queues a command; the future completes on the engine thread once applied. */
    public CompletableFuture<CommandResult> submit(Command command) {
        if (command instanceof Command.LoadPackageFile || command instanceof Command.UpdatePackageFile
                || command instanceof Command.ReloadPackage) {
            return submitFileCommand(command);
        }
        CompletableFuture<CommandResult> f = new CompletableFuture<>();
        gate.post(() -> {
            try {
                Outcome o = apply(command, f);
                if (o != null) {
                    f.complete(new CommandResult(o.ok(), o.message(), log.lastSeq()));
                }
            } catch (RuntimeException e) {
                f.complete(new CommandResult(false, "engine error: " + e, log.lastSeq()));
                throw e;
            }
        });
        return f;
    }

    /**
     * Any thread. A command that reads files: the read runs on the reader thread, once everything
     * submitted before has been posted; the command is applied on the engine thread with its result.
     */
    private CompletableFuture<CommandResult> submitFileCommand(Command command) {
        CompletableFuture<CommandResult> f = new CompletableFuture<>();
        gate.postAfter(() -> readFor(command), (read, failure) -> {
            try {
                Outcome o = failure != null
                        ? Outcome.refused("cannot read the package: " + failure)
                        : files.apply(command, read);
                broker.reevaluate();
                f.complete(new CommandResult(o.ok(), o.message(), log.lastSeq()));
            } catch (RuntimeException e) {
                f.complete(new CommandResult(false, "engine error: " + e, log.lastSeq()));
                throw e;
            }
        });
        return f;
    }

    /** Any thread but the engine's. The read a file command needs (null for a reload of a package not read from files). */
    private CompletableFuture<PackageFileReader.Read> readFor(Command command) {
        if (command instanceof Command.LoadPackageFile l) {
            return CompletableFuture.supplyAsync(() -> reader.read(l.path(), l.codeJar()), readerThread);
        }
        if (command instanceof Command.UpdatePackageFile u) {
            return CompletableFuture.supplyAsync(() -> reader.read(u.path(), u.codeJar()), readerThread);
        }
        String name = ((Command.ReloadPackage) command).packageName();
        CompletableFuture<java.util.Optional<PackageOrigin>> origin = new CompletableFuture<>();
        loop.post(() -> origin.complete(files.originOf(name)));
        return origin.thenApplyAsync(o -> o.map(x -> reader.read(x.path(), x.codeJar())).orElse(null), readerThread);
    }

    /** Any thread. Runs {@code reader} on the engine thread against a fresh snapshot. */
    public <T> CompletableFuture<T> query(Function<EngineSnapshot, T> reader) {
        return read(() -> reader.apply(snapshot()));
    }

    /** Any thread. Runs {@code reader} on the engine thread; its exception, if any, fails the answer. */
    private <T> CompletableFuture<T> read(java.util.function.Supplier<T> reader) {
        CompletableFuture<T> f = new CompletableFuture<>();
        gate.post(() -> {
            try {
                f.complete(reader.get());
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        return f;
    }

    /**
     * Any thread. The clock and why time is or is not skipping, read on the engine thread. What a
     * window polls many times a second or a runner while it waits: read alone rather than from a
     * {@link #query snapshot}, which lists every instance the session has had and so costs more
     * the longer the session runs.
     */
    public CompletableFuture<dev.bgsim.engine.time.ClockStatus> clockStatus() {
        return read(loop::status);
    }

    /**
     * Any thread. The tasks a loaded package declares in its manifest (empty when no package has
     * that name): what a user may register by hand.
     */
    public CompletableFuture<List<dev.bgsim.engine.packages.DeclaredTask>> declaredTasks(String packageName) {
        return read(() -> {
            var loaded = broker.packages().get(packageName);
            return loaded == null ? List.<dev.bgsim.engine.packages.DeclaredTask>of() : List.copyOf(loaded.pkg().declaredTasks());
        });
    }

    /**
     * Any thread. Where the CPU time of each live instance can be read: its thread group in
     * bgsim's JVM, or its host's child process. Looked up on the engine thread; the caller reads
     * the times on its own.
     */
    public CompletableFuture<List<InstanceCpuSource>> cpuSources() {
        return read(() -> instances.live().values().stream()
                .map(i -> i.host() instanceof dev.bgsim.engine.host.ChildJvmHost child
                        ? new InstanceCpuSource(i.id(), null, child.process())
                        : new InstanceCpuSource(i.id(), i.threadGroup(), null))
                .toList());
    }

    /** Any thread. Subscribes to the event stream; with {@code replay} the history comes first. */
    public Subscription subscribe(EventSubscriber subscriber, boolean replay) {
        return bus.subscribe(subscriber, replay);
    }

    /** Any thread. Every event published so far. */
    public List<EngineEvent> history() {
        return bus.history();
    }

    /** Any thread. Device snapshot as task threads see it. */
    public DeviceState device() {
        return devices.current();
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        endTaskThreads();
        loop.stop();
        if (childHosts != null) {
            childHosts.close();
        }
        bus.close();
        readerThread.shutdownNow();
        files.close();
        reader.close();
    }

    /**
     * Ends every in-JVM task and app thread (a task parked in TaskClock.sleep would otherwise stay
     * parked for ever): on the engine thread, which owns the instances, waiting a bounded time.
     */
    private void endTaskThreads() {
        Runnable end = () -> {
            instances.shutDown();
            apps.shutDown();
        };
        if (loop.isEngineThread() || loop.thread() == null || !loop.thread().isAlive()) {
            end.run();
            return;
        }
        CompletableFuture<Void> ended = new CompletableFuture<>();
        loop.post(() -> {
            try {
                end.run();
            } finally {
                ended.complete(null);
            }
        });
        try {
            ended.get(CLOSE_DEADLINE.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            errors.add(new IllegalStateException("task threads were not ended on close: " + e, e));
        }
    }

    /** Real time code past the busy threshold counts as still settling, not yet as truly busy. */
    static final java.time.Duration REAL_WORK_SETTLE = java.time.Duration.ofSeconds(2);

    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    /** How long close() waits for the engine thread to end the task threads. */
    private static final java.time.Duration CLOSE_DEADLINE = java.time.Duration.ofSeconds(10);

    // ------------------------------------------------------------------ engine thread

    /** Engine thread only. Applies a command; returns null when the result comes later. */
    private Outcome apply(Command c, CompletableFuture<CommandResult> f) {
        if (c instanceof Command.LoadPackage lp) {
            Outcome o = broker.loadPackage(lp.pkg());
            broker.reevaluate();
            return o;
        }
        if (c instanceof Command.Register r) {
            RegisterResult rr = broker.register(r.request());
            return rr.ok() ? Outcome.ok(rr.registration().taskId().toString()) : Outcome.refused(rr.message());
        }
        if (c instanceof Command.Unregister u) {
            return broker.unregister(u.taskId(), u.cancelTask(), Broker.BY_USER);
        }
        if (c instanceof Command.Fire fire) {
            return broker.registration(fire.taskId())
                    .map(reg -> broker.fire(reg, fire.forced(), fire.details(), "USER"))
                    .orElse(Outcome.refused("no registration with id " + fire.taskId()));
        }
        if (c instanceof Command.FireByName fire) {
            List<Registration> regs = broker.byName(fire.registrationName()).stream()
                    .filter(r -> fire.packageName() == null || r.packageName().equals(fire.packageName())).toList();
            if (regs.isEmpty()) {
                return Outcome.refused("no registration named " + fire.registrationName());
            }
            List<String> msgs = new ArrayList<>();
            boolean ok = true;
            for (Registration reg : regs) {
                Object details;
                try {
                    details = fire.details() instanceof Map<?, ?> args
                            ? TriggerDetailsFactory.detailsOrArguments(reg.kind(), args) : fire.details();
                } catch (IllegalArgumentException e) {
                    return Outcome.refused("cannot fire " + reg.name() + " with these arguments: " + e.getMessage());
                }
                Outcome o = broker.fire(reg, fire.forced(), details, "USER");
                ok &= o.ok();
                msgs.add(o.message());
            }
            return new Outcome(ok, String.join("; ", msgs));
        }
        if (c instanceof Command.RaiseSystemEvent ev) {
            broker.raiseSystemEvent(ev.type(), "SYSTEM_EVENT", null, Broker.BY_USER, ev.forced());
            return Outcome.ok((ev.forced() ? "force-raised " : "raised ") + ev.type());
        }
        if (c instanceof Command.SetDevice sd) {
            return devices.set(sd.change().apply(devices.current()), Events.DeviceStateChanged.BY_USER);
        }
        if (c instanceof Command.SetProfile sp) {
            profile = sp.profile();
            log.emit(Subjects.NONE, new Events.ProfileChanged(profile.name()));
            broker.reevaluate();
            return Outcome.ok("profile " + profile.name());
        }
        if (c instanceof Command.SetAccess sa) {
            return withPackage(sa.packageName(), () -> broker.setAccess(sa.packageName(), sa.setting(), null));
        }
        if (c instanceof Command.SetAccessRequested sr) {
            return withPackage(sr.packageName(),
                    () -> broker.setAccess(sr.packageName(), null, sr.requested()));
        }
        if (c instanceof Command.CancelInstance ci) {
            return instances.find(ci.instanceId()).filter(Instance::isLive).map(i -> {
                    instances.cancel(i, ci.reason(), Broker.BY_USER);
                    return Outcome.ok("cancel requested for " + i.shortName());
                    }).orElse(Outcome.refused("no running instance " + ci.instanceId()));
        }
        if (c instanceof Command.TerminateInstance ti) {
            return instances.find(ti.instanceId()).filter(Instance::isLive).map(i -> {
                    instances.terminate(i, "USER", "terminated by the user", null);
                    return Outcome.ok("terminated " + i.shortName());
                    }).orElse(Outcome.refused("no running instance " + ti.instanceId()));
        }
        if (c instanceof Command.TerminateHost th) {
            return terminateHost(th.hostId());
        }
        if (c instanceof Command.SuspendHost sh) {
            return suspendHost(sh.hostId(), true);
        }
        if (c instanceof Command.ResumeHost rh) {
            return suspendHost(rh.hostId(), false);
        }
        if (c instanceof Command.DebugHosts dh) {
            return debugHosts(dh);
        }
        if (c instanceof Command.RunIsolated ri) {
            return runIsolated(ri);
        }
        if (c instanceof Command.Pause p) {
            return clockChange(() -> loop.setPaused(true));
        }
        if (c instanceof Command.Resume r) {
            return clockChange(() -> loop.setPaused(false));
        }
        if (c instanceof Command.Step s) {
            var fired = loop.stepNext();
            clockChange(() -> { });
            return Outcome.ok(fired.map(i -> "stepped to " + i.due() + " (" + i.label() + ")").orElse("nothing scheduled"));
        }
        if (c instanceof Command.SetSpeed sp) {
            if (sp.speed() < 0.25 || sp.speed() > 100) {
                return Outcome.refused("speed must be between 0.25 and 100, was " + sp.speed());
            }
            return clockChange(() -> loop.setSpeed(sp.speed()));
        }
        if (c instanceof Command.SetTimeSkipping ts) {
            return clockChange(() -> loop.setSkipping(ts.on()));
        }
        if (c instanceof Command.RunUntil ru) {
            if (!ru.until().isAfter(clock.now())) {
                loop.setPaused(true);
                return Outcome.ok("already at " + clock.now());
            }
            schedule.add(ru.until(), EntryKind.SCRIPTED, "run until " + ru.until() + " (client request)", () -> {
                loop.setPaused(true);
                f.complete(new CommandResult(true, "reached " + clock.now(), log.lastSeq()));
            });
            loop.setPaused(false);
            return null;
        }
        Outcome app = applyAppCommand(c);
        if (app != null) {
            return app;
        }
        throw new IllegalArgumentException("unknown command " + c);
    }

    /** Engine thread only. App, servicing and trigger-request commands; null for any other command. */
    private Outcome applyAppCommand(Command c) {
        if (c instanceof Command.AppCommand ac) {
            if (!Command.AppCommand.USER_ACTIONS.contains(ac.action())) {
                return Outcome.refused(ac.action() + " is not a user app action; use one of " + Command.AppCommand.USER_ACTIONS
                        + " (update, uninstall and log off have their own commands)");
            }
            return apps.apply(ac.packageName(), ac.action(), Events.AppStateChanged.BY_USER);
        }
        if (c instanceof Command.UpdatePackage up) {
            Outcome o = servicing.update(up.pkg());
            if (o.ok()) {
                files.replaced(up.pkg());
            }
            return o;
        }
        if (c instanceof Command.UninstallPackage un) {
            Outcome o = servicing.uninstall(un.packageName());
            if (o.ok()) {
                files.removed(un.packageName());
            }
            return o;
        }
        if (c instanceof Command.LogOff off) {
            return off.packageName() == null ? servicing.logOff() : servicing.logOff(off.packageName());
        }
        if (c instanceof Command.RequestTrigger rt) {
            return requestTrigger(rt);
        }
        if (c instanceof Command.PressAppButton press) {
            return buttons.press(press.packageName(), press.command());
        }
        if (c instanceof Command.SetSkipPolicy sp) {
            return clockChange(() -> loop.setSkipPolicy(sp.policy(), () -> !instances.live().isEmpty()));
        }
        return null;
    }

    private Outcome requestTrigger(Command.RequestTrigger rt) {
        List<Registration> regs = broker.byName(rt.registrationName()).stream()
                .filter(r -> rt.packageName() == null || r.packageName().equals(rt.packageName())).toList();
        if (regs.isEmpty()) {
            return Outcome.refused("no registration named " + rt.registrationName());
        }
        Registration reg = regs.get(0);
        Object details = TriggerDetailsFactory.details(reg.kind(), rt.arguments(), rt.deviceId());
        if (details == null) {
            return Outcome.refused(reg.name() + " has a " + reg.kind() + " trigger, which the app cannot signal; "
                    + "only Application, MediaProcessing, DeviceUse and DeviceServicing triggers can be requested");
        }
        RequestVerdict v = signals.request(reg, RequestCaller.USER, details);
        return new Outcome(v == RequestVerdict.ALLOWED, "request of " + reg.name() + ": " + AppSignals.resultName(reg.kind(), v));
    }

    private Outcome withPackage(String name, Runnable r) {
        if (broker.packageRuntime(name).isEmpty()) {
            return Outcome.refused("no package named " + name + " is loaded");
        }
        r.run();
        return Outcome.ok("access of " + name + " is " + broker.accessStatus(name));
    }

    private Outcome clockChange(Runnable r) {
        r.run();
        var st = loop.status();
        log.emit(Subjects.NONE, new Events.ClockModeChanged(st.mode().name(), loop.isPaused(), loop.isSkipping(),
                loop.speed(), st.explain()));
        return Outcome.ok(st.explain());
    }

    private Outcome terminateHost(String hostId) {
        Host h = broker.hosts().get(hostId);
        if (h == null || h.isDead()) {
            return Outcome.refused("no live host " + hostId);
        }
        List<Instance> in = instances.live().values().stream().filter(i -> i.host() == h).toList();
        for (Instance i : in) {
            instances.terminate(i, "HOST_TERMINATED", "host " + hostId + " terminated by the user", null);
        }
        h.markDead();
        log.emit(new Subjects(null, null, null, null, 0, hostId), new Events.HostStopped(Events.HostStopped.BY_USER));
        broker.reevaluate();
        return Outcome.ok("terminated host " + hostId);
    }

    private Outcome debugHosts(Command.DebugHosts dh) {
        if (childHosts == null) {
            return Outcome.refused("debug mode needs child-JVM task hosts; this engine runs tasks in its own JVM"
                    + " (attach a debugger to bgsim itself)");
        }
        if (broker.packageRuntime(dh.packageName()).isEmpty()) {
            return Outcome.refused("no package named " + dh.packageName() + " is loaded");
        }
        childHosts.setDebugging(dh.packageName(), dh.on()
                ? new ChildHosts.Debugging(dh.waitForDebugger(), dh.enforceTimeLimits()) : null);
        return Outcome.ok(dh.on()
                ? "hosts of " + dh.packageName() + " started from now on listen for a debugger on 127.0.0.1 (the port is in"
                        + " their HostDebugging event)" + (dh.enforceTimeLimits() ? "; time limits enforced" : "; time limits off")
                : "hosts of " + dh.packageName() + " start without a debugger from now on");
    }

    private Outcome runIsolated(Command.RunIsolated ri) {
        if (childHosts == null) {
            return Outcome.refused("running isolated needs child-JVM task hosts; this engine runs tasks in its own JVM");
        }
        var runtime = broker.packageRuntime(ri.packageName());
        if (runtime.isEmpty()) {
            return Outcome.refused("no package named " + ri.packageName() + " is loaded");
        }
        if (ri.on() && runtime.get().pkg().codeJars().isEmpty()) {
            return Outcome.refused("package " + ri.packageName() + " was built in code, not read from a jar:"
                    + " a child JVM has no code to load, so it cannot run isolated");
        }
        if (ri.on() && runtime.get().pkg().appEntryPoint().isEmpty()) {
            return Outcome.refused("package " + ri.packageName() + " has no app class, so it has no in-process tasks to isolate");
        }
        childHosts.setIsolated(ri.packageName(), ri.on());
        return Outcome.ok(ri.on()
                ? "in-process tasks of " + ri.packageName() + " run isolated: in a child JVM (host app:" + ri.packageName()
                        + ") from the next app process on"
                : "in-process tasks of " + ri.packageName() + " run in bgsim's JVM from the next app process on");
    }

    private Outcome suspendHost(String hostId, boolean suspend) {
        Host h = broker.hosts().get(hostId);
        if (h == null || h.isDead()) {
            return Outcome.refused("no live host " + hostId);
        }
        if (h.isSuspended() == suspend) {
            return Outcome.refused("host " + hostId + " is already " + (suspend ? "suspended" : "running"));
        }
        h.setSuspended(suspend);
        List<Instance> in = instances.live().values().stream().filter(i -> i.host() == h).toList();
        for (Instance i : in) {
            if (suspend) {
                instances.suspend(i);
            } else {
                instances.resume(i);
            }
        }
        log.emit(new Subjects(null, null, null, null, 0, hostId),
                suspend ? new Events.HostSuspended(in.size()) : new Events.HostResumed());
        return Outcome.ok((suspend ? "suspended " : "resumed ") + hostId);
    }

    /** Engine thread only. The read model. */
    private EngineSnapshot snapshot() {
        List<EngineSnapshot.RegistrationView> regs = broker.registrations().stream()
                .map(r -> new EngineSnapshot.RegistrationView(r.taskId(), r.packageName(), r.name(), r.entryPoint(),
                        r.trigger().toString(), r.conditions().stream().map(Enum::name).toList(), r.isPending(),
                        r.isPending() ? broker.whyPending(r) : List.of(), r.isConsumed(), r.instancesStarted()))
                .toList();
        List<EngineSnapshot.InstanceView> inst = instances.all().stream()
                .map(i -> new EngineSnapshot.InstanceView(i.id(), i.number(), i.registration().taskId(),
                        i.registration().name(), i.state(), i.cancelReason() == null ? null : i.cancelReason().name(),
                        i.progress(), i.suspendedCount(), i.host().id(), i.forced()))
                .toList();
        List<EngineSnapshot.HostView> hs = broker.hosts().values().stream()
                .map(h -> new EngineSnapshot.HostView(h.id(), h.kind(), h.placement(), List.copyOf(h.instances()),
                        h.isSuspended(), h.isDead()))
                .toList();
        // Code just past the busy threshold no longer holds the baton but may be about to park or
        // return (slow only because the machine is loaded): not quiet yet. Code busy for longer
        // is real work; waiting for it with the clock paused could wait for ever (decision 0008).
        boolean quiet = !lockstep.batonHeld() && !lockstep.hasQueued() && !lockstep.realWorkJustBegan(REAL_WORK_SETTLE);
        List<EngineSnapshot.AppView> appViews = apps.states().entrySet().stream()
                .map(e -> new EngineSnapshot.AppView(e.getKey(), e.getValue(),
                        apps.process(e.getKey()).map(p -> p.label()).orElse(null)))
                .toList();
        return new EngineSnapshot(loop.status(), schedule.items(), devices.current(), profile.name(), regs, inst, hs,
                appViews, log.lastSeq(), quiet);
    }
}
