package dev.bgsim.engine.broker;

import dev.bgsim.engine.device.DeviceProfile;
import dev.bgsim.engine.event.EventLog;
import dev.bgsim.engine.event.Events;
import dev.bgsim.engine.event.Subjects;
import dev.bgsim.engine.host.EnginePort;
import dev.bgsim.engine.instance.Instance;
import dev.bgsim.engine.instance.InstanceController;
import dev.bgsim.engine.packages.DeclaredTask;
import dev.bgsim.engine.time.SimClock;
import dev.bgsim.engine.workspace.StoredRegistration;
import dev.bgsim.engine.workspace.TriggerCodec;
import dev.bgsim.pkg.TaskTypeTable;
import dev.bgsim.sdk.BackgroundTaskCancellationReason;
import dev.bgsim.sdk.BackgroundTrigger;
import dev.bgsim.sdk.SystemConditionType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Registrations come and go (SPEC 3.3): register() with the broker's rules (a refusal is an
 * event with its Reason), re-attach what the workspace kept, unregister with or without
 * cancelling running instances, and drop a package's registrations on uninstall. Each change is
 * saved through {@code saveRegistrations}. Engine thread only.
 */
final class Registrar {
    private final SimClock clock;
    private final EventLog log;
    private final InstanceController instances;
    private final EnginePort port;
    private final Supplier<UUID> ids;
    private final Supplier<DeviceProfile> profile;
    private final PackageTable packages;
    private final RegistrationTable registrations;
    private final SystemTick tick;
    private final Runnable saveRegistrations;

    Registrar(SimClock clock, EventLog log, InstanceController instances, EnginePort port, Supplier<UUID> ids,
              Supplier<DeviceProfile> profile, PackageTable packages, RegistrationTable registrations, SystemTick tick,
              Runnable saveRegistrations) {
        this.clock = clock;
        this.log = log;
        this.instances = instances;
        this.port = port;
        this.ids = ids;
        this.profile = profile;
        this.packages = packages;
        this.registrations = registrations;
        this.tick = tick;
        this.saveRegistrations = saveRegistrations;
    }

    /** Registers, or refuses with a reason (and a RegistrationRefused event). */
    RegisterResult register(RegistrationRequest req) {
        PackageRuntime p = packages.get(req.packageName());
        if (p == null) {
            return RegisterResult.refused(null, "no package named " + req.packageName() + " is loaded");
        }
        List<Registration> existing = registrations.ofPackage(req.packageName());
        Optional<RegistrationRules.Rule> refusal = RegistrationRules.check(new RegistrationRules.Input(req, p.pkg, existing,
                packages.accessStatus(req.packageName()), profile.get()));
        if (refusal.isPresent()) {
            RegistrationRules.Rule r = refusal.get();
            String message = r.reason().getDescription() + " (" + r.details() + "); " + r.reason().getRemedy();
            log.emit(Subjects.ofPackage(req.packageName()), new Events.RegistrationRefused(req.name(), r.reason().name(),
                    message));
            return RegisterResult.refused(r.reason(), message, r.details());
        }
        DeclaredTask declared = req.entryPoint() == null ? null : p.pkg.declaredTask(req.entryPoint()).orElseThrow();
        Registration reg = add(req, declared, ids.get(), req.origin());
        saveRegistrations.run();
        return RegisterResult.ok(reg, registrations.facade(reg.taskId));
    }

    /**
     * Re-attaches the restored registrations of a package that just loaded, keeping their task
     * ids; one whose entry point the package no longer declares stays detached, with the reason.
     */
    void attachRestored(PackageRuntime p, BrokerPersistence persistence) {
        for (StoredRegistration stored : persistence.takeFor(p.pkg.identityName())) {
            BackgroundTrigger trigger = TriggerCodec.decode(stored.trigger());
            DeclaredTask declared = stored.entryPoint() == null ? null : p.pkg.declaredTask(stored.entryPoint()).orElse(null);
            if (stored.entryPoint() != null && declared == null) {
                persistence.keepDetached(stored, "entry point " + stored.entryPoint() + " is not declared by the package");
                continue;
            }
            RegistrationRequest req = new RegistrationRequest(p.pkg.identityName(), stored.name(), stored.entryPoint(), trigger,
                    stored.conditions().stream().map(SystemConditionType::valueOf).toList(), stored.cancelOnConditionLoss(),
                    stored.networkRequested(), stored.groupId(), stored.origin());
            Registration reg = add(req, declared, stored.taskId(), "RESTORED");
            reg.consumed = stored.oneShotConsumed();
        }
    }

    /** Creates a registration that passed the rules (or was restored from the workspace). */
    private Registration add(RegistrationRequest req, DeclaredTask declared, UUID taskId, String origin) {
        boolean typeDeclared = declared == null || TaskTypeTable.standard().declaresTriggerFor(declared.taskTypes(), req.trigger());
        Registration reg = new Registration(taskId, req.name(), req.packageName(), req.entryPoint(), req.trigger(),
                req.conditions(), req.cancelOnConditionLoss(), req.networkRequested(), req.groupId(), req.origin(),
                declared, typeDeclared, clock.now());
        registrations.add(reg, new RegistrationFacade(reg.taskId, reg.name, reg.trigger, null, port,
                (id, cancel) -> unregister(id, cancel, Broker.BY_APP)));
        tick.registered(reg);
        log.emit(reg.subjects(), new Events.RegistrationAdded(reg.entryPoint, reg.trigger.toString(), reg.kind.name(),
                reg.conditions.stream().map(Enum::name).toList(), reg.cancelOnConditionLoss, reg.groupId, origin,
                typeDeclared, reg.networkRequested));
        return reg;
    }

    /** unregister(true) cancels running instances with ABORT; false lets them finish. */
    Outcome unregister(UUID taskId, boolean cancelTask, String requestedBy) {
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
        saveRegistrations.run();
        return Outcome.ok("unregistered " + reg.name);
    }

    /** Uninstall: the package's registrations go with their facades (running instances were already cancelled). */
    void removePackage(String name, String why) {
        for (Registration reg : registrations.ofPackage(name)) {
            registrations.removeWithFacade(reg.taskId);
            reg.removed = true;
            reg.pending = null;
            log.emit(reg.subjects(), new Events.RegistrationRemoved(false, why, "SYSTEM"));
        }
    }
}
