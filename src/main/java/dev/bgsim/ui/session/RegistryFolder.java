package dev.bgsim.ui.session;

import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.Events;
import dev.bgsim.engine.event.Subjects;
import dev.bgsim.engine.time.ClockStatus;
import dev.bgsim.ui.drain.EventSink;
import java.util.List;

/** Folds package, registration, app, access and host events into the {@link SessionRegistry}. */
public final class RegistryFolder implements EventSink {
    private final SessionRegistry registry;
    private final PayloadDispatch dispatch = new PayloadDispatch();

    public RegistryFolder(SessionRegistry registry) {
        this.registry = registry;
        dispatch.on(Events.PackageLoaded.class, this::packageLoaded)
                .on(Events.PackageRead.class, (e, p) -> pkg(e).source = p.path())
                .on(Events.PackageUpdated.class, this::packageUpdated)
                .on(Events.PackageUnloaded.class, (e, p) -> pkg(e).unloaded = true)
                .on(Events.AppStateChanged.class, (e, p) -> pkg(e).appState = p.to())
                .on(Events.AccessChanged.class, this::accessChanged)
                .on(Events.RegistrationAdded.class, this::registrationAdded)
                .on(Events.RegistrationRemoved.class, this::registrationRemoved)
                .on(Events.TriggerFired.class, this::triggerFired)
                .on(Events.ActivationLatched.class, (e, p) -> setPending(e, p.whyPending()))
                .on(Events.ActivationCoalesced.class, (e, p) -> setPending(e, p.whyPending()))
                .on(Events.HostStarted.class, this::hostStarted)
                .on(Events.HostStopped.class, (e, p) -> hostGone(e, "stopped: " + p.why()))
                .on(Events.HostCrashed.class, (e, p) -> hostGone(e, "crashed: " + p.why()))
                .on(Events.HostSuspended.class, (e, p) -> hostSuspended(e, true))
                .on(Events.HostResumed.class, (e, p) -> hostSuspended(e, false))
                .on(Events.HostHeapSampled.class, this::heapSampled);
    }

    @Override
    public void accept(List<EngineEvent> events) {
        for (EngineEvent e : events) {
            if (dispatch.dispatch(e)) {
                registry.markDirty();
            }
        }
    }

    @Override
    public void pulseEnded(ClockStatus clock) {
        registry.publish();
    }

    private PackageRecord pkg(EngineEvent e) {
        return registry.packageNamed(String.valueOf(e.subjects().packageName()));
    }

    private void packageLoaded(EngineEvent e, Events.PackageLoaded p) {
        PackageRecord pkg = pkg(e);
        pkg.version = p.version();
        pkg.declaredTasks = p.declaredTasks();
        pkg.declared = p.tasks() == null ? List.of() : p.tasks();
        pkg.hasApp = p.appEntryPoint() != null;
        pkg.unloaded = false;
    }

    private void packageUpdated(EngineEvent e, Events.PackageUpdated p) {
        PackageRecord pkg = pkg(e);
        pkg.version = p.toVersion();
        if (p.tasks() != null) {
            pkg.declared = p.tasks();
            pkg.declaredTasks = p.tasks().size();
        }
    }

    private void accessChanged(EngineEvent e, Events.AccessChanged p) {
        PackageRecord pkg = pkg(e);
        pkg.accessSetting = p.setting();
        pkg.accessStatus = p.status();
    }

    private void registrationAdded(EngineEvent e, Events.RegistrationAdded p) {
        Subjects s = e.subjects();
        PackageRecord pkg = pkg(e);
        RegistrationRecord reg = new RegistrationRecord(s.registrationId(), pkg, s.registrationName(), p.entryPoint(),
                p.trigger(), p.triggerKind(), p.conditions() == null ? List.of() : p.conditions());
        pkg.registrations.add(reg);
        registry.registrations.put(reg.id, reg);
    }

    private void registrationRemoved(EngineEvent e, Events.RegistrationRemoved p) {
        RegistrationRecord reg = registry.registrations.get(e.subjects().registrationId());
        if (reg != null) {
            reg.removed = true;
            reg.whyPending = null;
        }
    }

    private void triggerFired(EngineEvent e, Events.TriggerFired p) {
        RegistrationRecord reg = registry.registrations.get(e.subjects().registrationId());
        if (reg != null) {
            reg.lastTrigger = (p.forced() ? "forced " : "") + p.source() + ": " + p.trigger();
            reg.lastTriggerDetails = p.details() == null ? null : String.valueOf(p.details());
        }
    }

    private void setPending(EngineEvent e, String why) {
        RegistrationRecord reg = registry.registrations.get(e.subjects().registrationId());
        if (reg != null) {
            reg.whyPending = why;
        }
    }

    private void hostStarted(EngineEvent e, Events.HostStarted p) {
        String id = e.subjects().hostId();
        registry.hosts.put(id, new HostRecord(id, e.subjects().packageName(), p.kind(), p.placement()));
    }

    private void heapSampled(EngineEvent e, Events.HostHeapSampled p) {
        HostRecord h = registry.hosts.get(e.subjects().hostId());
        if (h != null) {
            h.heapUsedBytes = p.heapUsedBytes();
            h.heapMaxBytes = p.heapMaxBytes();
        }
    }

    private void hostGone(EngineEvent e, String why) {
        HostRecord h = registry.hosts.get(e.subjects().hostId());
        if (h != null) {
            h.dead = true;
            h.why = why;
        }
    }

    private void hostSuspended(EngineEvent e, boolean suspended) {
        HostRecord h = registry.hosts.get(e.subjects().hostId());
        if (h == null) {
            return;
        }
        h.suspended = suspended;
        if (suspended) {
            registry.instances.values().stream()
                    .filter(i -> !i.isFinal() && h.id.equals(i.hostId))
                    .forEach(i -> i.suspendedCount++);
        }
    }
}
