package dev.bgsim.engine;

import dev.bgsim.engine.broker.Broker;
import dev.bgsim.engine.broker.Outcome;
import dev.bgsim.engine.broker.RegisterResult;
import dev.bgsim.engine.broker.Registration;
import dev.bgsim.engine.device.DeviceProfile;
import dev.bgsim.engine.device.DeviceState;
import dev.bgsim.engine.device.SystemEventRules;
import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.EventBus;
import dev.bgsim.engine.event.EventLog;
import dev.bgsim.engine.event.EventSubscriber;
import dev.bgsim.engine.event.Events;
import dev.bgsim.engine.event.Subjects;
import dev.bgsim.engine.event.Subscription;
import dev.bgsim.engine.host.ClockService;
import dev.bgsim.engine.host.CodePieces;
import dev.bgsim.engine.host.EnginePort;
import dev.bgsim.engine.host.Host;
import dev.bgsim.engine.host.TaskThreads;
import dev.bgsim.engine.instance.Instance;
import dev.bgsim.engine.instance.InstanceController;
import dev.bgsim.engine.sdkimpl.InMemorySettingsStore;
import dev.bgsim.engine.sdkimpl.SdkServices;
import dev.bgsim.engine.sdkimpl.SettingsStore;
import dev.bgsim.engine.time.EngineLoop;
import dev.bgsim.engine.time.EntryKind;
import dev.bgsim.engine.time.Holds;
import dev.bgsim.engine.time.Lockstep;
import dev.bgsim.engine.time.Schedule;
import dev.bgsim.engine.time.SimClock;
import dev.bgsim.sdk.SystemTriggerType;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
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
    private final List<Throwable> errors = java.util.Collections.synchronizedList(new ArrayList<>());
    private volatile DeviceState device;
    private DeviceProfile profile;
    private long idCounter;
    private final long idSeed;

    private Engine(EngineConfig config, SettingsStore settings) {
        this.config = config;
        this.settings = settings;
        this.clock = new SimClock(config.start());
        this.device = config.initialDevice();
        this.profile = config.profile();
        this.idSeed = ByteBuffer.wrap(config.start().toString().getBytes(StandardCharsets.UTF_8)).getLong();
        this.bus = new EventBus(errors::add);
        this.log = new EventLog(clock, config.wallClock(), bus);
        this.lockstep = new Lockstep(holds, config.ticker(), config.busyThreshold());
        this.loop = new EngineLoop(clock, schedule, holds, lockstep, config.ticker(), config.timeSkipping(),
                config.speed(), log::commit, this::engineError);
        EnginePort port = loop::post;
        this.pieces = new CodePieces(threads, lockstep, port);
        ClockService clockService = new ClockService(clock, schedule, pieces);
        SdkServices sdk = new SdkServices(port, clock, clockService, threads, log, () -> device);
        this.instances = new InstanceController(clock, schedule, log, pieces, sdk, settings, () -> profile, this::nextId);
        this.broker = new Broker(clock, schedule, log, instances, port, this::nextId, () -> device, () -> profile);
        instances.setInProcessStarter(i -> instances.terminate(i, "NO_APP_HOST",
                "in-process tasks need the app lifecycle, not implemented yet", null));
    }

    /** Creates and starts an engine with an in-memory settings store. */
    public static Engine start(EngineConfig config) {
        return start(config, new InMemorySettingsStore());
    }

    /** Creates and starts an engine. */
    public static Engine start(EngineConfig config, SettingsStore settings) {
        Engine e = new Engine(config, settings);
        e.loop.post(() -> {
            e.loop.setPaused(config.startPaused());
            e.log.emit(Subjects.NONE, new Events.EngineStarted(config.profile().name(), config.start(),
                    config.timeSkipping(), config.speed()));
        });
        e.loop.start("bgsim-engine");
        return e;
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
        CompletableFuture<CommandResult> f = new CompletableFuture<>();
        loop.post(() -> {
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

    /** Any thread. Runs {@code reader} on the engine thread against a fresh snapshot. */
    public <T> CompletableFuture<T> query(Function<EngineSnapshot, T> reader) {
        CompletableFuture<T> f = new CompletableFuture<>();
        loop.post(() -> {
            try {
                f.complete(reader.apply(snapshot()));
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        return f;
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
        return device;
    }

    @Override
    public void close() {
        loop.stop();
        bus.close();
    }

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
            return broker.unregister(u.taskId(), u.cancelTask());
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
                Outcome o = broker.fire(reg, fire.forced(), fire.details(), "USER");
                ok &= o.ok();
                msgs.add(o.message());
            }
            return new Outcome(ok, String.join("; ", msgs));
        }
        if (c instanceof Command.RaiseSystemEvent ev) {
            broker.raiseSystemEvent(ev.type(), "SYSTEM_EVENT");
            return Outcome.ok("raised " + ev.type());
        }
        if (c instanceof Command.SetDevice sd) {
            return setDevice(sd.change().apply(device));
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
                    instances.cancel(i, ci.reason());
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
        throw new IllegalArgumentException("unknown command " + c);
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

    /** Engine thread only. Replaces the device state, fires system events, re-evaluates gates. */
    private Outcome setDevice(DeviceState next) {
        DeviceState before = device;
        if (next.equals(before)) {
            return Outcome.ok("no change");
        }
        device = next;
        log.emit(Subjects.NONE, new Events.DeviceStateChanged(changedFields(before, next), describe(next)));
        if (before.memoryPressure() != next.memoryPressure()) {
            broker.lowMemoryNotice();
        }
        broker.reevaluate();
        for (SystemTriggerType t : SystemEventRules.eventsFor(before, next)) {
            broker.raiseSystemEvent(t, "SYSTEM_EVENT");
        }
        return Outcome.ok("device: " + String.join(", ", changedFields(before, next)));
    }

    private static List<String> changedFields(DeviceState a, DeviceState b) {
        List<String> out = new ArrayList<>();
        Map<String, Object> ma = describe(a);
        Map<String, Object> mb = describe(b);
        for (String k : ma.keySet()) {
            if (!ma.get(k).equals(mb.get(k))) {
                out.add(k);
            }
        }
        return out;
    }

    private static Map<String, Object> describe(DeviceState d) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("power", d.power().name());
        m.put("batteryPercent", d.batteryPercent());
        m.put("drainPercentPerHour", d.drainPercentPerHour());
        m.put("batterySaver", d.saverMode().name());
        m.put("batterySaverThreshold", d.saverThresholdPercent());
        m.put("batterySaverActive", d.saverActive());
        m.put("internet", d.internet());
        m.put("metered", d.metered());
        m.put("userPresent", d.userPresent());
        m.put("sessionConnected", d.sessionConnected());
        m.put("screenOn", d.screenOn());
        m.put("memoryPressure", d.memoryPressure().name());
        return m;
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
        log.emit(new Subjects(null, null, null, null, 0, hostId), new Events.HostStopped("terminated by the user"));
        broker.reevaluate();
        return Outcome.ok("terminated host " + hostId);
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
        boolean quiet = !lockstep.batonHeld() && !lockstep.hasQueued();
        return new EngineSnapshot(loop.status(), schedule.items(), device, profile.name(), regs, inst, hs, log.lastSeq(),
                quiet);
    }
}
