package dev.bgsim.engine.broker;

import dev.bgsim.engine.device.AccessTable;
import dev.bgsim.engine.device.DeviceProfile;
import dev.bgsim.engine.device.DeviceState;
import dev.bgsim.engine.device.MemoryPressure;
import dev.bgsim.engine.event.EventLog;
import dev.bgsim.engine.event.Events;
import dev.bgsim.engine.event.Subjects;
import dev.bgsim.engine.host.EnginePort;
import dev.bgsim.engine.host.Host;
import dev.bgsim.engine.host.InJvmHost;
import dev.bgsim.engine.instance.Instance;
import dev.bgsim.engine.instance.InstanceController;
import dev.bgsim.engine.instance.InstanceState;
import dev.bgsim.engine.packages.DeclaredTask;
import dev.bgsim.engine.packages.ManifestRegistration;
import dev.bgsim.engine.packages.SimPackage;
import dev.bgsim.pkg.TaskTypeTable;
import dev.bgsim.pkg.TriggerKind;
import dev.bgsim.engine.time.EntryKind;
import dev.bgsim.engine.time.Schedule;
import dev.bgsim.engine.time.SimClock;
import dev.bgsim.sdk.BackgroundAccessStatus;
import dev.bgsim.sdk.BackgroundTaskCancellationReason;
import dev.bgsim.sdk.BackgroundTrigger;
import dev.bgsim.sdk.MaintenanceTrigger;
import dev.bgsim.sdk.SystemConditionType;
import dev.bgsim.sdk.SystemTrigger;
import dev.bgsim.sdk.SystemTriggerType;
import dev.bgsim.sdk.TimeTrigger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The broker (SPEC 3.3–3.5, 3.8): registrations, triggers, latching, policy gates and host
 * placement. Engine thread only.
 */
public final class Broker implements InstanceController.Listener {
    /** The 15-minute system tick of Time and Maintenance triggers. */
    public static final Duration TICK = Duration.ofMinutes(15);
    /** Who asked: a client command (GUI, scenario, test), as recorded in events that say who asked. */
    public static final String BY_USER = "USER";
    /** Who asked: app or task code through the SDK. */
    public static final String BY_APP = "APP";

    private final SimClock clock;
    private final Schedule schedule;
    private final EventLog log;
    private final InstanceController instances;
    private final EnginePort port;
    private final Supplier<UUID> ids;
    private final Supplier<DeviceState> device;
    private final Supplier<DeviceProfile> profile;
    private final Map<String, PackageRuntime> packages = new LinkedHashMap<>();
    private final Map<UUID, Registration> registrations = new LinkedHashMap<>();
    private final Map<UUID, RegistrationFacade> facades = new LinkedHashMap<>();
    private final Map<String, Host> hosts = new LinkedHashMap<>();
    private int multiHostCounter;
    private dev.bgsim.engine.host.ChildHosts childHosts;
    private dev.bgsim.engine.host.ChildHostEvents childEvents;
    private boolean tickArmed;
    private BrokerPersistence persistence;

    public Broker(SimClock clock, Schedule schedule, EventLog log, InstanceController instances, EnginePort port,
                  Supplier<UUID> ids, Supplier<DeviceState> device, Supplier<DeviceProfile> profile) {
        this.clock = clock;
        this.schedule = schedule;
        this.log = log;
        this.instances = instances;
        this.port = port;
        this.ids = ids;
        this.device = device;
        this.profile = profile;
        instances.setListener(this);
    }

    /**
     * Engine thread only. Out-of-process tasks of packages with code jars run in child JVMs from
     * now on (SPEC 3.8); without this call every task runs in bgsim's JVM.
     */
    public void useChildHosts(dev.bgsim.engine.host.ChildHosts hosts, dev.bgsim.engine.host.ChildHostEvents events) {
        this.childHosts = hosts;
        this.childEvents = events;
    }

    // ---------------------------------------------------------------- persistence

    /** Engine thread only. Connects the workspace and takes what it held (attached as packages load). */
    public void restore(dev.bgsim.engine.workspace.RegistrationStore store,
                        dev.bgsim.engine.workspace.RegistrationStore.Loaded loaded) {
        persistence = new BrokerPersistence(store, log);
        persistence.restore(loaded);
        loaded.registrations().forEach(r -> {
            if (r.groupId() != null && r.groupName() != null) {
                groupNames.putIfAbsent(r.groupId(), r.groupName());
            }
        });
    }

    private void saveRegistrations() {
        if (persistence != null) {
            persistence.saveRegistrations(registrations.values(), groupNames);
        }
    }

    private void saveAccess() {
        if (persistence != null) {
            persistence.saveAccess(packages);
        }
    }

    /** Re-attaches the package's restored registrations, keeping their task ids. */
    private void attachRestored(PackageRuntime p) {
        if (persistence == null) {
            return;
        }
        persistence.restoreAccess(p);
        for (var stored : persistence.takeFor(p.pkg.identityName())) {
            BackgroundTrigger trigger = dev.bgsim.engine.workspace.TriggerCodec.decode(stored.trigger());
            DeclaredTask declared = stored.entryPoint() == null ? null : p.pkg.declaredTask(stored.entryPoint()).orElse(null);
            if (stored.entryPoint() != null && declared == null) {
                persistence.keepDetached(stored, "entry point " + stored.entryPoint() + " is not declared by the package");
                continue;
            }
            RegistrationRequest req = new RegistrationRequest(p.pkg.identityName(), stored.name(), stored.entryPoint(), trigger,
                    stored.conditions().stream().map(SystemConditionType::valueOf).toList(), stored.cancelOnConditionLoss(),
                    stored.groupId(), stored.origin());
            Registration reg = add(req, declared, stored.taskId(), "RESTORED");
            reg.consumed = stored.oneShotConsumed();
        }
    }

    // ---------------------------------------------------------------- packages

    /** Engine thread only. Loads a package and creates its manifest registrations. */
    public Outcome loadPackage(SimPackage pkg) {
        if (packages.containsKey(pkg.identityName())) {
            return Outcome.refused("a package named " + pkg.identityName() + " is already loaded; unload it first");
        }
        PackageRuntime runtime = new PackageRuntime(pkg);
        packages.put(pkg.identityName(), runtime);
        log.emit(Subjects.ofPackage(pkg.identityName()), new Events.PackageLoaded(pkg.version(),
                pkg.appEntryPoint().orElse(null), pkg.declaredTasks().size(),
                Events.TaskDeclaration.of(pkg.declaredTasks())));
        attachRestored(runtime);
        for (ManifestRegistration m : pkg.registrations()) {
            boolean exists = registrations.values().stream()
                    .anyMatch(r -> r.packageName.equals(pkg.identityName()) && r.name.equals(m.name()));
            if (!exists) {
                if (m.groupId() != null && m.groupName() != null) {
                    groupNames.putIfAbsent(m.groupId(), m.groupName());
                }
                register(new RegistrationRequest(pkg.identityName(), m.name(), m.entryPoint(), m.trigger(), m.conditions(),
                        m.cancelOnConditionLoss(), m.groupId(), "MANIFEST"));
            }
        }
        saveRegistrations();
        saveAccess();
        return Outcome.ok("loaded " + pkg.identityName());
    }

    public Optional<PackageRuntime> packageRuntime(String name) {
        return Optional.ofNullable(packages.get(name));
    }

    public Map<String, PackageRuntime> packages() {
        return packages;
    }

    /** Engine thread only. Update: swaps the package's code; registrations are kept, access is reset (SPEC 3.9). */
    public void replacePackage(SimPackage next) {
        PackageRuntime p = packages.get(next.identityName());
        String before = p.pkg.version();
        p.pkg = next;
        p.accessRequested = false;
        p.accessResetByUpdate = true;
        log.emit(Subjects.ofPackage(next.identityName()), new Events.PackageUpdated(before, next.version(),
                Events.TaskDeclaration.of(next.declaredTasks())));
        log.emit(Subjects.ofPackage(next.identityName()), new Events.AccessChanged(p.access.name(), false,
                accessStatus(next.identityName()).name()));
        saveAccess();
    }

    /** Engine thread only. Uninstall: registrations removed (running instances already cancelled), package gone. */
    public void removePackage(String name, String why) {
        for (Registration reg : new ArrayList<>(registrations.values())) {
            if (reg.packageName.equals(name)) {
                registrations.remove(reg.taskId);
                facades.remove(reg.taskId);
                reg.removed = true;
                reg.pending = null;
                log.emit(reg.subjects(), new Events.RegistrationRemoved(false, why, "SYSTEM"));
            }
        }
        packages.remove(name);
        if (persistence != null) {
            persistence.forgetAccess(name);
        }
        saveRegistrations();
        saveAccess();
        log.emit(Subjects.ofPackage(name), new Events.PackageUnloaded(why));
    }

    /** Group names learnt from the group objects apps register with (by group id). */
    public Map<String, String> groupNames() {
        return groupNames;
    }

    private final Map<String, String> groupNames = new LinkedHashMap<>();

    /** The access status of a package now. */
    public BackgroundAccessStatus accessStatus(String packageName) {
        PackageRuntime p = packages.get(packageName);
        if (p == null) {
            return BackgroundAccessStatus.UNSPECIFIED;
        }
        return AccessTable.status(p.access, p.accessRequested, device.get(), profile.get());
    }

    /** Engine thread only. Sets the user's access setting or the requested flag; re-evaluates. */
    public void setAccess(String packageName, dev.bgsim.engine.device.AccessSetting setting, Boolean requested) {
        PackageRuntime p = packages.get(packageName);
        boolean removed = Boolean.FALSE.equals(requested) && p.accessRequested;
        if (setting != null) {
            p.access = setting;
        }
        if (requested != null) {
            p.accessRequested = requested;
            // The app called removeAccess()/requestAccessAsync() after an update (SPEC 3.9).
            p.accessResetByUpdate = false;
        }
        log.emit(Subjects.ofPackage(packageName), new Events.AccessChanged(p.access.name(), p.accessRequested,
                accessStatus(packageName).name()));
        saveAccess();
        if (removed) {
            // removeAccess(): running tasks are cancelled with SYSTEM_POLICY (SDK BackgroundExecutionManager).
            for (Instance i : new ArrayList<>(instances.live().values())) {
                if (i.registration().packageName().equals(packageName)) {
                    instances.cancel(i, BackgroundTaskCancellationReason.SYSTEM_POLICY);
                }
            }
        }
        reevaluate();
    }

    // ---------------------------------------------------------------- registration

    /** Engine thread only. Registers, or refuses with a reason (and a RegistrationRefused event). */
    public RegisterResult register(RegistrationRequest req) {
        PackageRuntime p = packages.get(req.packageName());
        if (p == null) {
            return RegisterResult.refused(null, "no package named " + req.packageName() + " is loaded");
        }
        List<Registration> existing = registrations.values().stream()
                .filter(r -> r.packageName.equals(req.packageName())).toList();
        Optional<RegistrationRules.Rule> refusal = RegistrationRules.check(new RegistrationRules.Input(req, p.pkg, existing,
                accessStatus(req.packageName()), profile.get()));
        if (refusal.isPresent()) {
            RegistrationRules.Rule r = refusal.get();
            String message = r.reason().getDescription() + " (" + r.details() + "); " + r.reason().getRemedy();
            log.emit(Subjects.ofPackage(req.packageName()), new Events.RegistrationRefused(req.name(), r.reason().name(),
                    message));
            return RegisterResult.refused(r.reason(), message, r.details());
        }
        DeclaredTask declared = req.entryPoint() == null ? null : p.pkg.declaredTask(req.entryPoint()).orElseThrow();
        Registration reg = add(req, declared, ids.get(), req.origin());
        saveRegistrations();
        return RegisterResult.ok(reg, facades.get(reg.taskId));
    }

    /** Creates a registration that passed the rules (or was restored from the workspace). */
    private Registration add(RegistrationRequest req, DeclaredTask declared, UUID taskId, String origin) {
        boolean typeDeclared = declared == null || TaskTypeTable.standard().declaresTriggerFor(declared.taskTypes(), req.trigger());
        Registration reg = new Registration(taskId, req.name(), req.packageName(), req.entryPoint(), req.trigger(),
                req.conditions(), req.cancelOnConditionLoss(), req.groupId(), req.origin(), declared, typeDeclared,
                clock.now());
        registrations.put(reg.taskId, reg);
        facades.put(reg.taskId, new RegistrationFacade(reg.taskId, reg.name, reg.trigger, null, port,
                (id, cancel) -> unregister(id, cancel, BY_APP)));
        if (reg.trigger instanceof TimeTrigger t) {
            reg.nextDue = clock.now().plus(Duration.ofMinutes(t.getFreshnessTime()));
            armTick();
        } else if (reg.trigger instanceof MaintenanceTrigger m) {
            reg.nextDue = clock.now().plus(Duration.ofMinutes(m.getFreshnessTime()));
            armTick();
        }
        log.emit(reg.subjects(), new Events.RegistrationAdded(reg.entryPoint, reg.trigger.toString(), reg.kind.name(),
                reg.conditions.stream().map(Enum::name).toList(), reg.cancelOnConditionLoss, reg.groupId, origin,
                typeDeclared));
        return reg;
    }

    /** Engine thread only. unregister(true) cancels running instances with ABORT; false lets them finish. */
    public Outcome unregister(UUID taskId, boolean cancelTask, String requestedBy) {
        Registration reg = registrations.remove(taskId);
        if (reg == null) {
            return Outcome.refused("no registration with id " + taskId);
        }
        reg.removed = true;
        reg.pending = null;
        log.emit(reg.subjects(), new Events.RegistrationRemoved(cancelTask, cancelTask
                ? "unregistered; running instances canceled with ABORT" : "unregistered; running instances may finish",
                requestedBy));
        if (cancelTask) {
            for (Instance i : new ArrayList<>(reg.running)) {
                instances.cancel(i, BackgroundTaskCancellationReason.ABORT);
            }
        }
        saveRegistrations();
        return Outcome.ok("unregistered " + reg.name);
    }

    public List<Registration> registrations() {
        return new ArrayList<>(registrations.values());
    }

    public Optional<Registration> registration(UUID id) {
        return Optional.ofNullable(registrations.get(id));
    }

    public RegistrationFacade facade(UUID id) {
        return facades.get(id);
    }

    /** Registrations with this name (names are not unique), in registration order. */
    public List<Registration> byName(String name) {
        return registrations.values().stream().filter(r -> r.name.equals(name)).toList();
    }

    // ---------------------------------------------------------------- firing

    /** Engine thread only. Fires one registration: normal (obeys everything) or forced. */
    public Outcome fire(Registration reg, boolean forced, Object details, String source) {
        if (reg.removed) {
            return Outcome.refused(reg.name + " is unregistered");
        }
        if (reg.consumed && !forced) {
            log.emit(reg.subjects(), new Events.FireRefused("one-shot trigger already used"));
            return Outcome.refused(reg.name + ": its one-shot trigger was already used");
        }
        log.emit(reg.subjects(), new Events.TriggerFired(source, forced, reg.trigger.toString(), details));
        if (isOneShot(reg) && !reg.consumed) {
            reg.consumed = true;
            log.emit(reg.subjects(), new Events.OneShotConsumed());
            saveRegistrations();
        }
        if (forced) {
            Instance i = startInstance(reg, new Activation(clock.now(), true, details, source));
            return Outcome.ok("forced start of " + i.shortName());
        }
        if (reg.pending != null) {
            List<PendingReason> why = whyPending(reg);
            log.emit(reg.subjects(), new Events.ActivationCoalesced(text(why)));
            return Outcome.ok("coalesced into the pending activation: " + text(why));
        }
        reg.pending = new Activation(clock.now(), false, details, source);
        return tryStart(reg);
    }

    private static boolean isOneShot(Registration reg) {
        if (reg.trigger instanceof SystemTrigger s) {
            return s.isOneShot();
        } else if (reg.trigger instanceof TimeTrigger t) {
            return t.isOneShot();
        } else if (reg.trigger instanceof MaintenanceTrigger m) {
            return m.isOneShot();
        }
        return false;
    }

    private Outcome tryStart(Registration reg) {
        List<PendingReason> why = whyPending(reg);
        if (why.isEmpty()) {
            Activation a = reg.pending;
            reg.pending = null;
            reg.lastPendingCodes = List.of();
            Instance i = startInstance(reg, a);
            return Outcome.ok("started " + i.shortName());
        }
        List<String> codes = why.stream().map(PendingReason::code).toList();
        if (!codes.equals(reg.lastPendingCodes)) {
            reg.lastPendingCodes = codes;
            log.emit(reg.subjects(), new Events.ActivationLatched(codes, text(why)));
        }
        return Outcome.ok("latched: " + text(why));
    }

    private static String text(List<PendingReason> why) {
        return String.join("; ", why.stream().map(PendingReason::text).toList());
    }

    /** Why a registration's activation waits (empty: it may start now). Conditions first, then policy gates. */
    public List<PendingReason> whyPending(Registration reg) {
        List<PendingReason> out = new ArrayList<>();
        DeviceState d = device.get();
        for (SystemConditionType c : reg.conditions) {
            if (!d.holds(c)) {
                out.add(new PendingReason("CONDITION_UNMET", "waits for condition " + c));
            }
        }
        PackageRuntime p = packages.get(reg.packageName);
        BackgroundAccessStatus access = accessStatus(reg.packageName);
        if (p.accessResetByUpdate && !(reg.trigger instanceof SystemTrigger s
                && s.getTriggerType() == SystemTriggerType.SERVICING_COMPLETE)) {
            out.add(new PendingReason("ACCESS_RESET_BY_UPDATE", "the app was updated: background access is reset until"
                    + " the app calls removeAccess() and requestAccessAsync() again"));
        }
        if (AccessTable.denied(access)) {
            out.add(new PendingReason("ACCESS_DENIED", "background access is " + access));
        } else if (!p.accessRequested && (reg.kind == TriggerKind.TIME || reg.kind == TriggerKind.APPLICATION)) {
            out.add(new PendingReason("ACCESS_NOT_REQUESTED",
                    "the app never called requestAccessAsync(): " + reg.kind + " tasks do not run without it"));
        }
        if (d.saverActive() && p.access != dev.bgsim.engine.device.AccessSetting.ALWAYS_ALLOWED) {
            out.add(new PendingReason("BATTERY_SAVER", "battery saver is on and the app is not \"Always allowed\""));
        }
        if (reg.kind == TriggerKind.MAINTENANCE && d.onBattery()) {
            out.add(new PendingReason("NEEDS_AC_POWER", "maintenance tasks run only on AC power"));
        }
        if (profile.get().lowMemoryKills() && d.memoryPressure() != MemoryPressure.NORMAL) {
            out.add(new PendingReason("LOW_MEMORY", "no new background activations under " + d.memoryPressure()
                    + " memory pressure on profile " + profile.get().name()));
        }
        if (!reg.running.isEmpty()) {
            out.add(new PendingReason("ALREADY_RUNNING", "an instance of " + reg.name + " is still running"));
        }
        if (reg.kind == TriggerKind.DEVICE_USE) {
            long running = instances.live().values().stream().filter(i -> i.registration().kind() == TriggerKind.DEVICE_USE).count();
            if (running >= profile.get().deviceUseConcurrency()) {
                out.add(new PendingReason("CONCURRENCY", "DeviceUseTrigger concurrency limit reached"));
            }
        }
        return out;
    }

    private Instance startInstance(Registration reg, Activation a) {
        PackageRuntime p = packages.get(reg.packageName);
        Host host = placeHost(reg);
        boolean debugging = host instanceof dev.bgsim.engine.host.ChildJvmHost && childHosts.debugging(reg.packageName)
                .map(d -> !d.enforceTimeLimits()).orElse(false);
        return instances.start(reg, facades.get(reg.taskId), host, a.forced(), a.details(),
                p.pkg.capabilities().contains("extendedBackgroundTaskTime"), p.pkg.classLoader(), p.pkg.codeJars(), debugging);
    }

    /** Host placement (SPEC 3.8): app host for in-process, one per activation, per group, or the default. */
    private Host placeHost(Registration reg) {
        String key;
        String placement;
        if (reg.inProcess()) {
            key = "app:" + reg.packageName;
            placement = isolatedApp(reg) ? ISOLATED_APP : "in-process";
        } else if (reg.declared.supportsMultipleInstances()) {
            key = reg.packageName + "/multi-" + (++multiHostCounter);
            placement = "supportsMultipleInstances";
        } else if (reg.declared.resourceGroup() != null) {
            key = reg.packageName + "/group:" + reg.declared.resourceGroup();
            placement = "resourceGroup " + reg.declared.resourceGroup();
        } else {
            key = reg.packageName + "/default";
            placement = "default";
        }
        Host h = hosts.get(key);
        if (h == null || h.isDead()) {
            Subjects about = new Subjects(reg.packageName, null, null, null, 0, key);
            h = childHost(reg, key, placement, about);
            if (h == null) {
                h = new InJvmHost(key, reg.inProcess() ? "APP" : "IN_JVM", placement, port);
            }
            hosts.put(key, h);
            log.emit(about, new Events.HostStarted(h.kind(), placement));
            if (h instanceof dev.bgsim.engine.host.ChildJvmHost c && c.process().debugPort() != 0) {
                boolean enforce = childHosts.debugging(reg.packageName).map(d -> d.enforceTimeLimits()).orElse(false);
                log.emit(about, new Events.HostDebugging("127.0.0.1", c.process().debugPort(), c.process().pid(),
                        c.process().options().debugSuspend(), enforce));
            }
        }
        return h;
    }

    /** Placement of an isolated app process: a child JVM running the app's in-process activations. */
    public static final String ISOLATED_APP = "in-process (isolated app process)";

    /**
     * Whether an in-process registration's activations run in a child JVM (the package is set to
     * run isolated, SPEC 3.8). Grouped registrations stay in bgsim's JVM: their entry points are
     * listeners the app attached at run time in bgsim's JVM, which a child JVM cannot see.
     */
    private boolean isolatedApp(Registration reg) {
        return childHosts != null && reg.groupId() == null && childHosts.isolated(reg.packageName)
                && packages.get(reg.packageName).pkg.appEntryPoint().isPresent();
    }

    /** A child-JVM host for an out-of-process task whose package has code jars, or null to run it in-JVM. */
    private Host childHost(Registration reg, String key, String placement, Subjects about) {
        PackageRuntime p = packages.get(reg.packageName);
        if (childHosts == null || (reg.inProcess() && !isolatedApp(reg)) || p.pkg.codeJars().isEmpty()) {
            return null;
        }
        try {
            return childHosts.start(key, placement, reg.packageName, p.pkg.codeJars(),
                    profile.get().memoryQuotaBytes().orElse(0L), childEvents);
        } catch (java.io.IOException | RuntimeException e) {
            log.emit(about, new Events.EngineErrorOccurred("cannot start a child-JVM task host for " + key
                    + "; its tasks run in bgsim's JVM instead: " + e, dev.bgsim.engine.host.CodePieces.stackTrace(e)));
            return null;
        }
    }

    public Map<String, Host> hosts() {
        return hosts;
    }

    /** Engine thread only. A system event: every registration listening for it is triggered. */
    public void raiseSystemEvent(SystemTriggerType type, String source) {
        raiseSystemEvent(type, source, null);
    }

    /** Engine thread only. A system event for one package only (null: every package), e.g. SERVICING_COMPLETE. */
    public void raiseSystemEvent(SystemTriggerType type, String source, String packageName) {
        raiseSystemEvent(type, source, packageName, "SYSTEM");
    }

    /** Engine thread only. As above; {@code raisedBy} is USER when a client raised it by hand, else SYSTEM. */
    public void raiseSystemEvent(SystemTriggerType type, String source, String packageName, String raisedBy) {
        raiseSystemEvent(type, source, packageName, raisedBy, false);
    }

    /** Engine thread only. As above; {@code forced} fires every listener as a force fire does. */
    public void raiseSystemEvent(SystemTriggerType type, String source, String packageName, String raisedBy,
                                 boolean forced) {
        log.emit(packageName == null ? Subjects.NONE : Subjects.ofPackage(packageName),
                new Events.SystemEventRaised(type.name(), raisedBy));
        for (Registration reg : new ArrayList<>(registrations.values())) {
            if (packageName != null && !reg.packageName.equals(packageName)) {
                continue;
            }
            if (reg.trigger instanceof SystemTrigger s && s.getTriggerType() == type && (forced || !reg.consumed)) {
                fire(reg, forced, null, source);
            }
        }
    }

    private void armTick() {
        if (tickArmed) {
            return;
        }
        tickArmed = true;
        Duration sinceStart = Duration.between(clock.start(), clock.now());
        long ticks = sinceStart.toNanos() / TICK.toNanos() + 1;
        Instant next = clock.start().plus(TICK.multipliedBy(ticks));
        schedule.add(next, EntryKind.SYSTEM_TICK, "15-minute system tick", this::tick);
    }

    private void tick() {
        tickArmed = false;
        boolean any = false;
        for (Registration reg : new ArrayList<>(registrations.values())) {
            if (reg.nextDue == null || reg.consumed) {
                continue;
            }
            any = true;
            if (!reg.nextDue.isAfter(clock.now())) {
                int period = reg.trigger instanceof TimeTrigger t ? t.getFreshnessTime()
                        : ((MaintenanceTrigger) reg.trigger).getFreshnessTime();
                // Missed ticks coalesce: one fire, next due after now.
                while (!reg.nextDue.isAfter(clock.now())) {
                    reg.nextDue = reg.nextDue.plus(Duration.ofMinutes(period));
                }
                fire(reg, false, null, "TICK");
            }
        }
        if (any) {
            armTick();
        }
    }

    // ---------------------------------------------------------------- re-evaluation and gates

    /**
     * Engine thread only. After any state change: cancel running instances whose gates closed,
     * terminate on low memory (profiles that kill), then start pending activations that may start.
     */
    public void reevaluate() {
        DeviceState d = device.get();
        DeviceProfile prof = profile.get();
        List<Instance> running = new ArrayList<>(instances.live().values());
        if (d.memoryPressure() != MemoryPressure.NORMAL) {
            if (prof.lowMemoryKills()) {
                for (Instance i : running) {
                    instances.terminate(i, "LOW_MEMORY", "memory pressure " + d.memoryPressure(), null);
                }
                running = List.of();
            }
        }
        for (Instance i : running) {
            if (!i.isLive() || i.state() == InstanceState.CANCEL_REQUESTED) {
                continue;
            }
            gateCancelReason(i, d).ifPresent(reason -> instances.cancel(i, reason));
        }
        for (Registration reg : new ArrayList<>(registrations.values())) {
            if (reg.pending != null) {
                tryStart(reg);
            }
        }
    }

    /** Engine thread only. Memory pressure went up: on desktop, say what a phone would have done. */
    public void lowMemoryNotice() {
        DeviceState d = device.get();
        if (!profile.get().lowMemoryKills() && d.memoryPressure() != MemoryPressure.NORMAL && !instances.live().isEmpty()) {
            log.emit(Subjects.NONE, new Events.LowMemoryWouldTerminate(
                    instances.live().values().stream().map(Instance::shortName).toList(),
                    "profile " + profile.get().name() + " does not kill on low memory; a phone would terminate these"));
        }
    }

    private Optional<BackgroundTaskCancellationReason> gateCancelReason(Instance i, DeviceState d) {
        Registration reg = i.registration();
        PackageRuntime p = packages.get(reg.packageName);
        if (d.saverActive() && p.access != dev.bgsim.engine.device.AccessSetting.ALWAYS_ALLOWED) {
            return Optional.of(BackgroundTaskCancellationReason.ENERGY_SAVER);
        }
        if (reg.kind == TriggerKind.MAINTENANCE && d.onBattery()) {
            return Optional.of(BackgroundTaskCancellationReason.ABORT);
        }
        if (reg.cancelOnConditionLoss && reg.conditions.stream().anyMatch(c -> !d.holds(c))) {
            return Optional.of(BackgroundTaskCancellationReason.CONDITION_LOSS);
        }
        if (AccessTable.denied(accessStatus(reg.packageName))) {
            return Optional.of(BackgroundTaskCancellationReason.SYSTEM_POLICY);
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- instance listener

    @Override
    public void ended(Instance instance) {
        appSide.ended(instance);
        Host h = instance.host();
        if (h.instances().isEmpty() && "supportsMultipleInstances".equals(h.placement()) && !h.isDead()) {
            if (h instanceof dev.bgsim.engine.host.ChildJvmHost c && !c.isSuspended()) {
                c.shutdown();
                childHosts.forget(c);
            } else {
                h.markDead();
            }
            log.emit(new Subjects(instance.registration().packageName(), null, null, null, 0, h.id()),
                    new Events.HostStopped("its only activation ended"));
        } else if (h.instances().isEmpty() && h instanceof dev.bgsim.engine.host.ChildJvmHost c && !h.isDead()
                && !ISOLATED_APP.equals(h.placement())) {
            // (An isolated app process lives on with the app; the app controller ends it.)
            if (c.isSuspended()) {
                c.markDead();
                childHosts.forget(c);
            } else {
                childHosts.release(c);
            }
            log.emit(new Subjects(instance.registration().packageName(), null, null, null, 0, h.id()),
                    new Events.HostStopped(c.isSuspended() ? "idle while suspended: ended"
                            : "idle: its process is kept warm for the next activation"));
        }
        Registration reg = instance.registration();
        if (reg.pending != null) {
            tryStart(reg);
        }
        for (Registration other : new ArrayList<>(registrations.values())) {
            if (other != reg && other.pending != null && other.kind == TriggerKind.DEVICE_USE) {
                tryStart(other);
            }
        }
    }

    @Override
    public void appMustTerminate(Instance instance) {
        appSide.appMustTerminate(instance);
    }

    @Override
    public void hostKilled(Host host, Instance cause) {
        host.markDead();
        if (host instanceof dev.bgsim.engine.host.ChildJvmHost c) {
            childHosts.forget(c);
        }
        String why = "GRACE_EXPIRED".equals(cause.endCause()) ? cause.shortName() + " outlived its grace period"
                : cause.shortName() + " was terminated (" + cause.endCause() + ")";
        log.emit(new Subjects(cause.registration().packageName(), null, null, null, 0, host.id()),
                new Events.HostStopped("terminated: " + why));
    }

    @Override
    public void progress(Instance instance, int progress) {
        appSide.progress(instance, progress);
    }

    /** The app side of the broker: in-process termination and deliveries to app listeners. */
    public interface AppSide {
        /** An in-process instance outlived its grace period: its app process must go. */
        void appMustTerminate(Instance instance);

        /** Progress for the app's progress listeners. */
        void progress(Instance instance, int progress);

        /** An instance ended: for the app's completed listeners. */
        void ended(Instance instance);
    }

    private AppSide appSide = new AppSide() {
        @Override
        public void appMustTerminate(Instance instance) {
        }

        @Override
        public void progress(Instance instance, int progress) {
        }

        @Override
        public void ended(Instance instance) {
        }
    };

    /** Engine thread only. Connects the app controller. */
    public void setAppSide(AppSide side) {
        appSide = side;
    }
}
