package dev.bgsim.scenario.run;

import dev.bgsim.engine.EngineSnapshot;
import dev.bgsim.engine.EngineSnapshot.HostView;
import dev.bgsim.engine.EngineSnapshot.InstanceView;
import dev.bgsim.engine.EngineSnapshot.RegistrationView;
import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.Events;
import dev.bgsim.scenario.HostId;
import dev.bgsim.scenario.InstanceRef;
import dev.bgsim.scenario.RegistrationRef;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What the runner sees at one simulated instant: a snapshot taken while task code was quiet and
 * every event up to it. Resolves the scenario's names (registration name, instance number in
 * start order, host id) to the engine's ids; a name that does not resolve throws
 * {@link UnknownSubjectException} saying what exists instead.
 */
final class SimulatorState {
    private final EngineSnapshot snapshot;
    private final List<EngineEvent> events;
    private final Instant start;

    SimulatorState(EngineSnapshot snapshot, List<EngineEvent> events, Instant start) {
        this.snapshot = snapshot;
        this.events = List.copyOf(events);
        this.start = start;
    }

    EngineSnapshot snapshot() {
        return snapshot;
    }

    /** Every event so far, in order. */
    List<EngineEvent> events() {
        return events;
    }

    /** The scenario's time zero. */
    Instant start() {
        return start;
    }

    /** Whether a package of this identity name has been loaded. */
    boolean packageLoaded(String packageName) {
        return events.stream().anyMatch(e -> e.payload() instanceof Events.PackageLoaded
                && packageName.equals(e.subjects().packageName()));
    }

    /** Current registrations with this name (and package, when the reference gives one), in registration order. */
    List<RegistrationView> registrations(RegistrationRef ref) {
        return snapshot.registrations().stream()
                .filter(r -> r.name().equals(ref.name()))
                .filter(r -> ref.packageName().map(p -> p.equals(r.packageName())).orElse(true))
                .toList();
    }

    /** Like {@link #registrations} but at least one, or an exception naming the registrations there are. */
    List<RegistrationView> requireRegistrations(RegistrationRef ref) {
        List<RegistrationView> found = registrations(ref);
        if (found.isEmpty()) {
            throw new UnknownSubjectException("no registration named " + ref.describe() + " exists"
                    + " (registrations now: " + registrationNames() + ")");
        }
        return found;
    }

    /** The InstanceStarted events of the registrations a reference names, in start order. */
    List<EngineEvent> starts(RegistrationRef ref) {
        return events.stream()
                .filter(e -> e.payload() instanceof Events.InstanceStarted)
                .filter(e -> ref.name().equals(e.subjects().registrationName()))
                .filter(e -> ref.packageName().map(p -> p.equals(e.subjects().packageName())).orElse(true))
                .toList();
    }

    /** Every instance started for the registrations a reference names, in start order, as they are now. */
    List<InstanceView> instances(RegistrationRef ref) {
        return starts(ref).stream().map(e -> instanceById(e.subjects().instanceId())).toList();
    }

    /** The instance a reference names: the N-th started for its registration name. */
    InstanceView instance(InstanceRef ref) {
        List<EngineEvent> started = starts(ref.registration());
        if (started.size() < ref.number()) {
            throw new UnknownSubjectException("instance " + ref.describe() + " has not started: "
                    + ref.registration().describe() + " has started " + started.size()
                    + (started.size() == 1 ? " instance" : " instances")
                    + (registrations(ref.registration()).isEmpty()
                        ? " and no registration of that name exists (registrations now: " + registrationNames() + ")" : ""));
        }
        return instanceById(started.get(ref.number() - 1).subjects().instanceId());
    }

    /** The engine's id of a host the scenario names. */
    String hostId(HostId host) {
        if (host instanceof HostId.DefaultHost d) {
            return d.packageName() + "/default";
        } else if (host instanceof HostId.GroupHost g) {
            return g.packageName() + "/group:" + g.group();
        } else if (host instanceof HostId.InstanceHost i) {
            RegistrationRef registration = new RegistrationRef(i.registration(), Optional.of(i.packageName()));
            return instance(new InstanceRef(registration, i.instance())).hostId();
        }
        throw new IllegalArgumentException("unknown host id " + host);
    }

    /** The host the engine has under this id, if it ever started. */
    Optional<HostView> host(String engineHostId) {
        return snapshot.hosts().stream().filter(h -> h.id().equals(engineHostId)).findFirst();
    }

    /** Like {@link #host} but it must have started, or an exception naming the hosts there are. */
    HostView requireHost(HostId host) {
        String id = hostId(host);
        return host(id).orElseThrow(() -> new UnknownSubjectException("host " + host.text() + " has not started"
                + " (hosts: " + (snapshot.hosts().isEmpty() ? "none"
                    : snapshot.hosts().stream().map(HostView::id).collect(Collectors.joining(", "))) + ")"));
    }

    private InstanceView instanceById(UUID id) {
        return snapshot.instances().stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("instance " + id + " started but is not in the snapshot"));
    }

    private String registrationNames() {
        if (snapshot.registrations().isEmpty()) {
            return "none";
        }
        return snapshot.registrations().stream()
                .map(r -> r.packageName() + "/" + r.name())
                .distinct()
                .collect(Collectors.joining(", "));
    }
}
