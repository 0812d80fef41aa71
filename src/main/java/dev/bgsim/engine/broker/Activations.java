package dev.bgsim.engine.broker;

import dev.bgsim.engine.device.DeviceProfile;
import dev.bgsim.engine.device.DeviceState;
import dev.bgsim.engine.device.MemoryPressure;
import dev.bgsim.engine.event.EventLog;
import dev.bgsim.engine.event.Events;
import dev.bgsim.engine.event.Subjects;
import dev.bgsim.engine.host.Host;
import dev.bgsim.engine.instance.Instance;
import dev.bgsim.engine.instance.InstanceController;
import dev.bgsim.engine.instance.InstanceState;
import dev.bgsim.engine.time.SimClock;
import dev.bgsim.pkg.TriggerKind;
import dev.bgsim.sdk.MaintenanceTrigger;
import dev.bgsim.sdk.SystemTrigger;
import dev.bgsim.sdk.SystemTriggerType;
import dev.bgsim.sdk.TimeTrigger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * From trigger to running instance (SPEC 3.4, 3.5): fires registrations (normal or forced,
 * one-shot consumed), latches one pending activation per registration with the reason it waits,
 * starts it in its host once every gate is open, and re-evaluates after every change: closed
 * gates cancel running instances, low memory kills on profiles that kill, pending activations
 * start. Engine thread only.
 */
final class Activations {
    private final SimClock clock;
    private final EventLog log;
    private final InstanceController instances;
    private final RegistrationTable registrations;
    private final PackageTable packages;
    private final PolicyGates gates;
    private final TaskHosts hosts;
    private final Supplier<DeviceState> device;
    private final Supplier<DeviceProfile> profile;
    private final Runnable saveRegistrations;

    Activations(SimClock clock, EventLog log, InstanceController instances, RegistrationTable registrations,
                PackageTable packages, PolicyGates gates, TaskHosts hosts, Supplier<DeviceState> device,
                Supplier<DeviceProfile> profile, Runnable saveRegistrations) {
        this.clock = clock;
        this.log = log;
        this.instances = instances;
        this.registrations = registrations;
        this.packages = packages;
        this.gates = gates;
        this.hosts = hosts;
        this.device = device;
        this.profile = profile;
        this.saveRegistrations = saveRegistrations;
    }

    /** Fires one registration: normal (obeys everything) or forced. */
    Outcome fire(Registration reg, boolean forced, Object details, String source) {
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
            saveRegistrations.run();
        }
        if (forced) {
            Instance i = start(reg, new Activation(clock.now(), true, details, source));
            return Outcome.ok("forced start of " + i.shortName());
        }
        if (reg.pending != null) {
            List<PendingReason> why = gates.whyPending(reg);
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

    /** Starts the pending activation if every gate is open, else says (once per change of reasons) why it waits. */
    Outcome tryStart(Registration reg) {
        List<PendingReason> why = gates.whyPending(reg);
        if (why.isEmpty()) {
            Activation a = reg.pending;
            reg.pending = null;
            reg.lastPendingCodes = List.of();
            Instance i = start(reg, a);
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

    private Instance start(Registration reg, Activation a) {
        PackageRuntime p = packages.get(reg.packageName);
        Host host = hosts.place(reg);
        boolean debugging = hosts.debuggingWithoutLimits(reg, host);
        return instances.start(reg, registrations.facade(reg.taskId), host, a.forced(), a.details(),
                p.pkg.capabilities().contains("extendedBackgroundTaskTime"), p.pkg.classLoader(), p.pkg.codeJars(), debugging);
    }

    /** A system event (for one package, or every package when null): every registration listening for it is triggered. */
    void raiseSystemEvent(SystemTriggerType type, String source, String packageName, String raisedBy, boolean forced) {
        log.emit(packageName == null ? Subjects.NONE : Subjects.ofPackage(packageName),
                new Events.SystemEventRaised(type.name(), raisedBy));
        for (Registration reg : registrations.all()) {
            if (packageName != null && !reg.packageName.equals(packageName)) {
                continue;
            }
            if (reg.trigger instanceof SystemTrigger s && s.getTriggerType() == type && (forced || !reg.consumed)) {
                fire(reg, forced, null, source);
            }
        }
    }

    /**
     * After any state change: cancel running instances whose gates closed, terminate on low
     * memory (profiles that kill), then start pending activations that may start.
     */
    void reevaluate() {
        DeviceState d = device.get();
        DeviceProfile prof = profile.get();
        List<Instance> running = new ArrayList<>(instances.live().values());
        if (d.memoryPressure() != MemoryPressure.NORMAL && prof.lowMemoryKills()) {
            for (Instance i : running) {
                instances.terminate(i, "LOW_MEMORY", "memory pressure " + d.memoryPressure(), null);
            }
            running = List.of();
        }
        for (Instance i : running) {
            if (!i.isLive() || i.state() == InstanceState.CANCEL_REQUESTED) {
                continue;
            }
            gates.cancelReason(i, d).ifPresent(reason -> instances.cancel(i, reason));
        }
        for (Registration reg : registrations.all()) {
            if (reg.pending != null) {
                tryStart(reg);
            }
        }
    }

    /** Memory pressure went up: on a profile that does not kill, say what a phone would have done. */
    void lowMemoryNotice() {
        DeviceState d = device.get();
        if (!profile.get().lowMemoryKills() && d.memoryPressure() != MemoryPressure.NORMAL && !instances.live().isEmpty()) {
            log.emit(Subjects.NONE, new Events.LowMemoryWouldTerminate(
                    instances.live().values().stream().map(Instance::shortName).toList(),
                    "profile " + profile.get().name() + " does not kill on low memory; a phone would terminate these"));
        }
    }

    /** An instance ended: its registration's pending activation, and waiting DeviceUse activations, may start. */
    void instanceEnded(Instance instance) {
        Registration reg = instance.registration();
        if (reg.pending != null) {
            tryStart(reg);
        }
        for (Registration other : registrations.all()) {
            if (other != reg && other.pending != null && other.kind == TriggerKind.DEVICE_USE) {
                tryStart(other);
            }
        }
    }
}
