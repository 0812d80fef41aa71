package dev.bgsim.engine.broker;

import dev.bgsim.engine.device.AccessSetting;
import dev.bgsim.engine.device.DeviceProfile;
import dev.bgsim.engine.device.DeviceState;
import dev.bgsim.engine.event.EventLog;
import dev.bgsim.engine.event.Events;
import dev.bgsim.engine.event.Subjects;
import dev.bgsim.engine.host.ChildHostEvents;
import dev.bgsim.engine.host.ChildHosts;
import dev.bgsim.engine.host.EnginePort;
import dev.bgsim.engine.host.Host;
import dev.bgsim.engine.instance.Instance;
import dev.bgsim.engine.instance.InstanceController;
import dev.bgsim.engine.packages.ManifestRegistration;
import dev.bgsim.engine.packages.SimPackage;
import dev.bgsim.engine.time.Schedule;
import dev.bgsim.engine.time.SimClock;
import dev.bgsim.engine.workspace.RegistrationStore;
import dev.bgsim.sdk.BackgroundAccessStatus;
import dev.bgsim.sdk.BackgroundTaskCancellationReason;
import dev.bgsim.sdk.SystemTriggerType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The broker (SPEC 3.3–3.5, 3.8): the one entry point the engine and the app side use for
 * packages, access, registrations, triggers, gates and hosts. It loads, updates and removes
 * packages and their access settings itself and hands the rest to one class per job:
 * {@link Registrar} (register, restore, unregister), {@link Activations} (fire, latch, start,
 * re-evaluate), {@link PolicyGates} (why pending, which
 * gate cancels), {@link SystemTick} (Time and Maintenance triggers), {@link TaskHosts} (host
 * placement and retirement), {@link BrokerPersistence} (workspace). Engine thread only.
 */
public final class Broker implements InstanceController.Listener {
    /** The 15-minute system tick of Time and Maintenance triggers. */
    public static final Duration TICK = SystemTick.TICK;
    /** Who asked: a client command (GUI, scenario, test), as recorded in events that say who asked. */
    public static final String BY_USER = "USER";
    /** Who asked: app or task code through the SDK. */
    public static final String BY_APP = "APP";
    /** Placement of an isolated app process: a child JVM running the app's in-process activations. */
    public static final String ISOLATED_APP = TaskHosts.ISOLATED_APP;

    private final EventLog log;
    private final InstanceController instances;
    private final Supplier<DeviceProfile> profile;
    private final PackageTable packages;
    private final RegistrationTable registrations = new RegistrationTable();
    private final PolicyGates gates;
    private final TaskHosts hosts;
    private final Activations activations;
    private final Registrar registrar;
    private BrokerPersistence persistence;
    private AppSide appSide = AppSide.NONE;

    public Broker(SimClock clock, Schedule schedule, EventLog log, InstanceController instances, EnginePort port,
                  Supplier<UUID> ids, Supplier<DeviceState> device, Supplier<DeviceProfile> profile) {
        this.log = log;
        this.instances = instances;
        this.profile = profile;
        this.packages = new PackageTable(device, profile);
        this.gates = new PolicyGates(packages, instances, device, profile);
        this.hosts = new TaskHosts(packages, log, port, profile);
        this.activations = new Activations(clock, log, instances, registrations, packages, gates, hosts, device, profile,
                this::saveRegistrations);
        SystemTick tick = new SystemTick(clock, schedule, registrations, reg -> fire(reg, false, null, "TICK"));
        this.registrar = new Registrar(clock, log, instances, port, ids, profile, packages, registrations, tick,
                this::saveRegistrations);
        instances.setListener(this);
    }

    /**
     * Engine thread only. Out-of-process tasks of packages with code jars run in child JVMs from
     * now on (SPEC 3.8); without this call every task runs in bgsim's JVM.
     */
    public void useChildHosts(ChildHosts childHosts, ChildHostEvents events) {
        hosts.useChildHosts(childHosts, events);
    }

    /** The device profile in force now. */
    public DeviceProfile profile() {
        return profile.get();
    }

    // ---------------------------------------------------------------- persistence

    /** Engine thread only. Connects the workspace and takes what it held (attached as packages load). */
    public void restore(RegistrationStore store, RegistrationStore.Loaded loaded) {
        persistence = new BrokerPersistence(store, log);
        persistence.restore(loaded);
        loaded.registrations().forEach(r -> {
            if (r.groupId() != null && r.groupName() != null) {
                groupNames().putIfAbsent(r.groupId(), r.groupName());
            }
        });
    }

    private void saveRegistrations() {
        if (persistence != null) {
            persistence.saveRegistrations(registrations.all(), groupNames());
        }
    }

    private void saveAccess() {
        if (persistence != null) {
            persistence.saveAccess(packages.map());
        }
    }

    /** Re-attaches the package's restored registrations and access setting, keeping their task ids. */
    private void attachRestored(PackageRuntime p) {
        if (persistence == null) {
            return;
        }
        persistence.restoreAccess(p);
        registrar.attachRestored(p, persistence);
    }

    // ---------------------------------------------------------------- packages

    /** Engine thread only. Loads a package and creates its manifest registrations. */
    public Outcome loadPackage(SimPackage pkg) {
        if (packages.contains(pkg.identityName())) {
            return Outcome.refused("a package named " + pkg.identityName() + " is already loaded; unload it first");
        }
        PackageRuntime runtime = new PackageRuntime(pkg);
        packages.add(runtime);
        log.emit(Subjects.ofPackage(pkg.identityName()), new Events.PackageLoaded(pkg.version(),
                pkg.appEntryPoint().orElse(null), pkg.declaredTasks().size(),
                Events.TaskDeclaration.of(pkg.declaredTasks())));
        attachRestored(runtime);
        for (ManifestRegistration m : pkg.registrations()) {
            boolean exists = registrations.ofPackage(pkg.identityName()).stream().anyMatch(r -> r.name.equals(m.name()));
            if (!exists) {
                if (m.groupId() != null && m.groupName() != null) {
                    groupNames().putIfAbsent(m.groupId(), m.groupName());
                }
                register(new RegistrationRequest(pkg.identityName(), m.name(), m.entryPoint(), m.trigger(), m.conditions(),
                        m.cancelOnConditionLoss(), m.networkRequested(), m.groupId(), "MANIFEST"));
            }
        }
        saveRegistrations();
        saveAccess();
        return Outcome.ok("loaded " + pkg.identityName());
    }

    public Optional<PackageRuntime> packageRuntime(String name) {
        return packages.find(name);
    }

    public Map<String, PackageRuntime> packages() {
        return packages.map();
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
        registrar.removePackage(name, why);
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
        return registrations.groupNames();
    }

    /** The access status of a package now. */
    public BackgroundAccessStatus accessStatus(String packageName) {
        return packages.accessStatus(packageName);
    }

    /** Engine thread only. Sets the user's access setting or the requested flag; re-evaluates. */
    public void setAccess(String packageName, AccessSetting setting, Boolean requested) {
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
        return registrar.register(req);
    }

    /** Engine thread only. unregister(true) cancels running instances with ABORT; false lets them finish. */
    public Outcome unregister(UUID taskId, boolean cancelTask, String requestedBy) {
        return registrar.unregister(taskId, cancelTask, requestedBy);
    }

    public List<Registration> registrations() {
        return registrations.all();
    }

    public Optional<Registration> registration(UUID id) {
        return registrations.get(id);
    }

    public RegistrationFacade facade(UUID id) {
        return registrations.facade(id);
    }

    /** Registrations with this name (names are not unique), in registration order. */
    public List<Registration> byName(String name) {
        return registrations.byName(name);
    }

    // ---------------------------------------------------------------- firing, gates, hosts

    /** Engine thread only. Fires one registration: normal (obeys everything) or forced. */
    public Outcome fire(Registration reg, boolean forced, Object details, String source) {
        return activations.fire(reg, forced, details, source);
    }

    /** Why a registration's activation waits (empty: it may start now). Conditions first, then policy gates. */
    public List<PendingReason> whyPending(Registration reg) {
        return gates.whyPending(reg);
    }

    public Map<String, Host> hosts() {
        return hosts.all();
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
        activations.raiseSystemEvent(type, source, packageName, raisedBy, forced);
    }

    /**
     * Engine thread only. After any state change: cancel running instances whose gates closed,
     * terminate on low memory (profiles that kill), then start pending activations that may start.
     */
    public void reevaluate() {
        activations.reevaluate();
    }

    /** Engine thread only. Memory pressure went up: on desktop, say what a phone would have done. */
    public void lowMemoryNotice() {
        activations.lowMemoryNotice();
    }

    // ---------------------------------------------------------------- instance listener

    @Override
    public void ended(Instance instance) {
        appSide.ended(instance);
        hosts.instanceEnded(instance);
        activations.instanceEnded(instance);
    }

    @Override
    public void appMustTerminate(Instance instance) {
        appSide.appMustTerminate(instance);
    }

    @Override
    public void hostKilled(Host host, Instance cause) {
        hosts.killed(host, cause);
    }

    @Override
    public void progress(Instance instance, int progress) {
        appSide.progress(instance, progress);
    }

    /** The app side of the broker: in-process termination and deliveries to app listeners. */
    public interface AppSide {
        /** No app side connected: nothing to deliver to. */
        AppSide NONE = new AppSide() {
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

        /** An in-process instance outlived its grace period: its app process must go. */
        void appMustTerminate(Instance instance);

        /** Progress for the app's progress listeners. */
        void progress(Instance instance, int progress);

        /** An instance ended: for the app's completed listeners. */
        void ended(Instance instance);
    }

    /** Engine thread only. Connects the app controller. */
    public void setAppSide(AppSide side) {
        appSide = side;
    }
}
