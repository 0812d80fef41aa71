package dev.bgsim.scenario.run;

import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.Subjects;
import dev.bgsim.scenario.HostId;
import dev.bgsim.scenario.RegistrationRef;
import dev.bgsim.scenario.expect.SubjectFilter;
import java.util.Optional;
import java.util.function.Predicate;

/** Predicates that pick the events about one subject: a package, a registration, an instance, a host. */
final class EventSubjects {

    private EventSubjects() {
    }

    /** Events about the package. */
    static Predicate<EngineEvent> ofPackage(String packageName) {
        return e -> packageName.equals(e.subjects().packageName());
    }

    /** Events about the registrations a reference names (any of their instances included). */
    static Predicate<EngineEvent> ofRegistration(RegistrationRef ref) {
        return e -> ref.name().equals(e.subjects().registrationName())
                && ref.packageName().map(p -> p.equals(e.subjects().packageName())).orElse(true);
    }

    /** Events about instance {@code number} of a registration, and about the registration itself. */
    static Predicate<EngineEvent> ofInstance(RegistrationRef ref, int number) {
        return ofRegistration(ref).and(e -> e.subjects().instanceNumber() == number || e.subjects().instanceNumber() == 0);
    }

    /** Events about the host with this engine id. */
    static Predicate<EngineEvent> ofHost(String engineHostId) {
        return e -> engineHostId.equals(e.subjects().hostId());
    }

    /**
     * Events a scenario's subject filter lets through; every given field must match. A host the
     * filter names that cannot be resolved matches nothing.
     */
    static Predicate<EngineEvent> matching(SubjectFilter filter, SimulatorState state) {
        Predicate<Subjects> others = packageRegistrationAndHost(filter, state);
        return e -> others.test(e.subjects())
                && (filter.instance().isEmpty() || filter.instance().getAsInt() == e.subjects().instanceNumber());
    }

    /**
     * Subjects that match the filter's package, registration and host (its instance number is
     * left to the caller, who knows what it counts). A host that cannot be resolved matches nothing.
     */
    static Predicate<Subjects> packageRegistrationAndHost(SubjectFilter filter, SimulatorState state) {
        Optional<String> host = filter.host().flatMap(h -> resolve(h, state));
        if (filter.host().isPresent() && host.isEmpty()) {
            return s -> false;
        }
        return s -> filter.packageName().map(p -> p.equals(s.packageName())).orElse(true)
                && filter.registration().map(r -> r.equals(s.registrationName())).orElse(true)
                && host.map(h -> h.equals(s.hostId())).orElse(true);
    }

    /** The engine id of a host; empty for the host of an instance that never started. */
    private static Optional<String> resolve(HostId host, SimulatorState state) {
        try {
            return Optional.of(state.hostId(host));
        } catch (UnknownSubjectException e) {
            return Optional.empty();
        }
    }
}
