package dev.bgsim.checker.live;

import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.EventPayload;
import dev.bgsim.engine.event.Events;
import dev.bgsim.engine.event.Subjects;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the event stream has said so far that the live rules need: live instances, registrations
 * per package, access requests, launches in progress. Updated after the rules saw each event, so
 * a rule sees the world as it was just before the event. One thread only (the checker's).
 */
public final class StreamFacts {
    private final Map<UUID, InstanceFacts> instances = new HashMap<>();
    private final Map<String, Map<UUID, RegistrationFacts>> registrations = new HashMap<>();
    private final Map<String, Boolean> accessRequested = new HashMap<>();
    private final Map<String, Integer> declaredTasks = new HashMap<>();
    /**
     * Per package, the launches whose onLaunched has not returned, oldest first: a launch the user
     * (or an app button) asks for while the last onLaunched still runs is announced before that
     * one returns, so a return belongs to the oldest launch, not to the newest.
     */
    private final Map<String, java.util.ArrayDeque<LaunchFacts>> launches = new HashMap<>();
    private final Set<String> raisedOnce = new HashSet<>();
    private final HostHeapFacts hostHeap = new HostHeapFacts();
    private boolean memoryQuotaApplies;

    /** The instance an event concerns, if it is live. */
    public Optional<InstanceFacts> instance(Subjects subjects) {
        return subjects.instanceId() == null ? Optional.empty() : Optional.ofNullable(instances.get(subjects.instanceId()));
    }

    /** The package's registrations now, in the order they were added. */
    public List<RegistrationFacts> registrations(String pkg) {
        return new ArrayList<>(registrations.getOrDefault(pkg, Map.of()).values());
    }

    /** True when the package's app has called requestAccessAsync (since the last update reset it). */
    public boolean accessRequested(String pkg) {
        return accessRequested.getOrDefault(pkg, false);
    }

    /** True when the package declares background tasks or has registrations: an app that uses them. */
    public boolean usesBackgroundTasks(String pkg) {
        return declaredTasks.getOrDefault(pkg, 0) > 0 || !registrations.getOrDefault(pkg, Map.of()).isEmpty();
    }

    /** The onLaunched in progress for the package (the oldest launch not yet returned), if any. */
    public Optional<LaunchFacts> launch(String pkg) {
        java.util.ArrayDeque<LaunchFacts> pending = launches.get(pkg);
        return pending == null ? Optional.empty() : Optional.ofNullable(pending.peekFirst());
    }

    /**
     * True the first time it is asked with {@code key}: for rules that say something once per
     * registration or instance, however often the stream repeats it.
     */
    public boolean firstTime(String key) {
        return raisedOnce.add(key);
    }

    /** Heap samples of the task hosts and who ran in them (BG112). */
    HostHeapFacts hostHeap() {
        return hostHeap;
    }

    /**
     * True when the device profile caps a task host's memory, or may: every built-in profile but
     * desktop, iot and strict has a quota, and a custom profile is not known from its name alone.
     */
    public boolean memoryQuotaApplies() {
        return memoryQuotaApplies;
    }

    private static boolean quotaApplies(String profile) {
        return !java.util.List.of("desktop", "iot", "strict").contains(profile);
    }

    /** Folds one event in. */
    public void update(EngineEvent event) {
        Subjects s = event.subjects();
        EventPayload p = event.payload();
        hostFacts(s, p);
        if (p instanceof Events.InstanceStarted e) {
            instances.put(s.instanceId(), new InstanceFacts(e.inProcess(), e.timeLimit(), e.entryPoint()));
        } else if (p instanceof Events.DeferralTaken) {
            instance(s).ifPresent(InstanceFacts::deferralTaken);
        } else if (p instanceof Events.DeferralCompleted e && !e.alreadyCompleted()) {
            instance(s).ifPresent(InstanceFacts::deferralCompleted);
        } else if (p instanceof Events.RunReturned e) {
            instance(s).ifPresent(i -> i.runReturned(event.simTime(), e.outstandingDeferrals()));
        } else if (p instanceof Events.CancelRequested e) {
            instance(s).ifPresent(i -> i.cancelRequested(e.reason()));
        } else if (p instanceof Events.InstanceCompleted || p instanceof Events.InstanceCanceled
                || p instanceof Events.InstanceFailed || p instanceof Events.InstanceTerminated) {
            instances.remove(s.instanceId());
        } else {
            packageFacts(event, s, p);
        }
    }

    private void hostFacts(Subjects s, EventPayload p) {
        if (p instanceof Events.EngineStarted e) {
            memoryQuotaApplies = quotaApplies(e.profile());
        } else if (p instanceof Events.ProfileChanged e) {
            memoryQuotaApplies = quotaApplies(e.profile());
        } else if (p instanceof Events.InstanceStarted) {
            hostHeap.started(s);
        } else if (p instanceof Events.InstanceCompleted || p instanceof Events.InstanceCanceled
                || p instanceof Events.InstanceFailed || p instanceof Events.InstanceTerminated) {
            hostHeap.ended(s);
        } else if (p instanceof Events.HostHeapSampled e && s.hostId() != null) {
            hostHeap.sampled(s.hostId(), e.heapUsedBytes());
        } else if ((p instanceof Events.HostStopped || p instanceof Events.HostCrashed) && s.hostId() != null) {
            hostHeap.hostGone(s.hostId());
        }
    }

    private void packageFacts(EngineEvent event, Subjects s, EventPayload p) {
        String pkg = s.packageName();
        if (p instanceof Events.PackageLoaded e) {
            declaredTasks.put(pkg, e.declaredTasks());
        } else if (p instanceof Events.PackageUnloaded) {
            registrations.remove(pkg);
            launches.remove(pkg);
        } else if (p instanceof Events.RegistrationAdded e) {
            registrations.computeIfAbsent(pkg, k -> new LinkedHashMap<>()).put(s.registrationId(), new RegistrationFacts(
                    s.registrationId(), s.registrationName(), e.triggerKind(), e.trigger(), e.conditions(), e.origin()));
            if ("APP".equals(e.origin())) {
                launch(pkg).ifPresent(LaunchFacts::sawRegistration);
            }
        } else if (p instanceof Events.RegistrationRefused) {
            launch(pkg).ifPresent(LaunchFacts::sawRegistration);
        } else if (p instanceof Events.RegistrationRemoved) {
            registrations.getOrDefault(pkg, new HashMap<>()).remove(s.registrationId());
        } else if (p instanceof Events.AccessChanged e) {
            accessRequested.put(pkg, e.requested());
        } else if (p instanceof Events.RegistrationsEnumerated) {
            launch(pkg).ifPresent(LaunchFacts::sawEnumeration);
        } else if (p instanceof Events.AppStateChanged e) {
            if ("LAUNCH".equals(e.action())) {
                launches.computeIfAbsent(pkg, k -> new java.util.ArrayDeque<>()).addLast(new LaunchFacts());
            } else if ("TERMINATED".equals(e.to()) || "NOT_RUNNING".equals(e.to())) {
                launches.remove(pkg);
            }
        } else if (p instanceof Events.AppCallbackReturned r && "onLaunched".equals(r.callback())
                || p instanceof Events.AppCallbackFailed f && "onLaunched".equals(f.callback())) {
            java.util.ArrayDeque<LaunchFacts> pending = launches.get(pkg);
            if (pending != null) {
                pending.pollFirst();
            }
        }
    }
}
