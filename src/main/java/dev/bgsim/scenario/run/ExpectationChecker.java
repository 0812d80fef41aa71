package dev.bgsim.scenario.run;

import dev.bgsim.checker.Finding;
import dev.bgsim.checker.Rule;
import dev.bgsim.checker.RuleCatalogue;
import dev.bgsim.engine.EngineSnapshot.HostView;
import dev.bgsim.engine.EngineSnapshot.InstanceView;
import dev.bgsim.engine.EngineSnapshot.RegistrationView;
import dev.bgsim.engine.broker.PendingReason;
import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.Events;
import dev.bgsim.engine.event.Subjects;
import dev.bgsim.engine.sdkimpl.SettingsStore;
import dev.bgsim.scenario.DurationText;
import dev.bgsim.scenario.HostId;
import dev.bgsim.scenario.RegistrationRef;
import dev.bgsim.scenario.expect.AppStateExpectation;
import dev.bgsim.scenario.expect.EventExpectation;
import dev.bgsim.scenario.expect.Expectation;
import dev.bgsim.scenario.expect.FindingExpectation;
import dev.bgsim.scenario.expect.HostExpectation;
import dev.bgsim.scenario.expect.InstanceCountExpectation;
import dev.bgsim.scenario.expect.InstanceExpectation;
import dev.bgsim.scenario.expect.LocalSettingExpectation;
import dev.bgsim.scenario.expect.PendingExpectation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Evaluates an expectation against what the simulator shows at the step's time: the quiet
 * snapshot for states, counts, pending activations and hosts; the event stream for app state and
 * event windows; the settings store for local settings; the guidelines checker for findings.
 */
final class ExpectationChecker {
    private static final int LISTED_AT_MOST = 5;

    private final SettingsStore settings;
    private final LongFunction<List<Finding>> findingsThrough;
    private final JsonValueComparison json = new JsonValueComparison();

    /**
     * @param settings        the local settings the run's tasks write
     * @param findingsThrough the checker's findings raised by events up to a sequence number (waits for the checker)
     */
    ExpectationChecker(SettingsStore settings, LongFunction<List<Finding>> findingsThrough) {
        this.settings = settings;
        this.findingsThrough = findingsThrough;
    }

    /**
     * How the expectation came out.
     *
     * @throws UnknownSubjectException when it names something the simulator does not have
     * @throws NotSupportedYetException when the engine cannot answer it yet
     */
    Check check(Expectation expectation, SimulatorState state) {
        if (expectation instanceof InstanceExpectation e) {
            return instance(e, state);
        } else if (expectation instanceof InstanceCountExpectation e) {
            return count(e, state);
        } else if (expectation instanceof PendingExpectation e) {
            return pending(e, state);
        } else if (expectation instanceof AppStateExpectation e) {
            return app(e, state);
        } else if (expectation instanceof HostExpectation e) {
            return host(e, state);
        } else if (expectation instanceof LocalSettingExpectation e) {
            return localSetting(e, state);
        } else if (expectation instanceof EventExpectation e) {
            return event(e, state);
        } else if (expectation instanceof FindingExpectation e) {
            return finding(e, state);
        }
        throw new IllegalArgumentException("no way to check " + expectation.describe());
    }

    /** The events that concern an expectation, for a failure that happened before it could be checked. */
    Predicate<EngineEvent> concerns(Expectation expectation) {
        if (expectation instanceof InstanceExpectation e) {
            return EventSubjects.ofInstance(e.instance().registration(), e.instance().number());
        } else if (expectation instanceof InstanceCountExpectation e) {
            return EventSubjects.ofRegistration(e.registration());
        } else if (expectation instanceof PendingExpectation e) {
            return EventSubjects.ofRegistration(e.registration());
        } else if (expectation instanceof AppStateExpectation e) {
            return EventSubjects.ofPackage(e.packageName());
        } else if (expectation instanceof HostExpectation e) {
            return EventSubjects.ofPackage(e.host().packageName());
        } else if (expectation instanceof LocalSettingExpectation e) {
            return EventSubjects.ofPackage(e.packageName());
        }
        return event -> true;
    }

    private Check instance(InstanceExpectation e, SimulatorState state) {
        InstanceView instance = state.instance(e.instance());
        List<String> expected = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        boolean held = true;
        if (e.state().isPresent()) {
            expected.add("state " + e.state().get());
            seen.add("state " + InstanceStates.describe(instance.state()));
            held &= InstanceStates.of(instance.state()) == e.state().get();
        }
        if (e.reason().isPresent()) {
            expected.add("reason " + e.reason().get());
            seen.add(instance.cancelReason() == null ? "no reason (never cancelled)" : "reason " + instance.cancelReason());
            held &= e.reason().get().name().equals(instance.cancelReason());
        }
        if (e.progress().isPresent()) {
            expected.add("progress " + e.progress().getAsInt());
            seen.add("progress " + instance.progress());
            held &= instance.progress() == e.progress().getAsInt();
        }
        if (e.suspendedCount().isPresent()) {
            expected.add("suspendedCount " + e.suspendedCount().getAsInt());
            seen.add("suspendedCount " + instance.suspendedCount());
            held &= instance.suspendedCount() == e.suspendedCount().getAsInt();
        }
        return new Check(held, e.instance().describe() + " " + String.join(", ", expected),
                e.instance().describe() + " " + String.join(", ", seen),
                EventSubjects.ofInstance(e.instance().registration(), e.instance().number()));
    }

    private Check count(InstanceCountExpectation e, SimulatorState state) {
        List<InstanceView> started = state.instances(e.registration());
        List<InstanceView> counted = e.inState()
                .map(s -> started.stream().filter(i -> InstanceStates.of(i.state()) == s).toList())
                .orElse(started);
        String what = e.inState().map(s -> " in state " + s).orElse(" started");
        String seen = counted.size() + (counted.size() == 1 ? " instance" : " instances") + what;
        if (!started.isEmpty()) {
            seen += " (" + listed(started.stream().map(i -> "#" + i.number() + " " + InstanceStates.of(i.state())).toList()) + ")";
        }
        return new Check(counted.size() == e.count(),
                e.count() + (e.count() == 1 ? " instance" : " instances") + what,
                seen, EventSubjects.ofRegistration(e.registration()));
    }

    private Check pending(PendingExpectation e, SimulatorState state) {
        List<RegistrationView> registrations = state.requireRegistrations(e.registration());
        List<PendingReason> reasons = registrations.stream().filter(RegistrationView::pending)
                .flatMap(r -> r.whyPending().stream()).toList();
        boolean anyPending = registrations.stream().anyMatch(RegistrationView::pending);
        boolean held;
        if (!e.pending()) {
            held = !anyPending;
        } else {
            String needle = e.whyContains().map(w -> w.toLowerCase(Locale.ROOT)).orElse("");
            held = anyPending && (needle.isEmpty() || reasons.stream()
                    .anyMatch(r -> r.toString().toLowerCase(Locale.ROOT).contains(needle)));
        }
        String seen = anyPending
                ? "pending: " + reasons.stream().map(PendingReason::toString).collect(Collectors.joining("; "))
                : "not pending";
        String expected = e.pending()
                ? "pending" + e.whyContains().map(w -> ", why containing \"" + w + "\"").orElse("")
                : "not pending";
        return new Check(held, expected, seen, EventSubjects.ofRegistration(e.registration()));
    }

    private Check app(AppStateExpectation e, SimulatorState state) {
        requirePackage(e.packageName(), state);
        String now = state.snapshot().appState(e.packageName()).name();
        Optional<Events.AppStateChanged> last = state.events().stream()
                .filter(ev -> ev.payload() instanceof Events.AppStateChanged)
                .filter(ev -> e.packageName().equals(ev.subjects().packageName()))
                .map(ev -> (Events.AppStateChanged) ev.payload())
                .reduce((first, second) -> second);
        return new Check(e.state().name().equals(now), "app " + e.packageName() + " " + e.state(),
                "app " + e.packageName() + " " + now + last.map(c -> " (after " + c.action() + ")").orElse(" (never started)"),
                EventSubjects.ofPackage(e.packageName()));
    }

    private Check host(HostExpectation e, SimulatorState state) {
        requirePackage(e.host().packageName(), state);
        Optional<String> id = engineHostId(e.host(), state);
        Optional<HostView> host = id.flatMap(state::host);
        boolean alive = host.map(h -> !h.dead()).orElse(false);
        String seen = host.map(h -> h.dead() ? "dead" : h.suspended() ? "alive (suspended)" : "alive")
                .orElse("never started");
        Predicate<EngineEvent> concerns = id.map(EventSubjects::ofHost).orElse(EventSubjects.ofPackage(e.host().packageName()));
        return new Check(alive == e.alive(), "host " + e.host().text() + (e.alive() ? " alive" : " dead"),
                "host " + e.host().text() + " " + seen + id.map(i -> " (engine id " + i + ")").orElse(""), concerns);
    }

    private Check localSetting(LocalSettingExpectation e, SimulatorState state) {
        requirePackage(e.packageName(), state);
        Map<String, Object> values = settings.snapshot(e.packageName());
        boolean present = values.containsKey(e.key());
        Object value = values.get(e.key());
        boolean held = e.present() ? present && json.same(e.value(), value) : !present;
        String expected = "\"" + e.key() + "\" " + (e.present() ? "= " + json.text(e.value()) : "absent");
        String seen = "\"" + e.key() + "\" " + (present ? "= " + json.text(value) : "absent");
        return new Check(held, expected, seen,
                EventSubjects.ofPackage(e.packageName()).and(ev -> ev.payload() instanceof Events.LocalSettingChanged
                        || ev.subjects().registrationName() != null || ev.subjects().instanceNumber() > 0));
    }

    private Check event(EventExpectation e, SimulatorState state) {
        Instant from = state.start().plus(e.from());
        Instant to = state.start().plus(e.to());
        Predicate<EngineEvent> subject = EventSubjects.matching(e.subject(), state);
        List<EngineEvent> found = state.events().stream()
                .filter(ev -> ev.type().equals(e.eventType()))
                .filter(ev -> !ev.simTime().isBefore(from) && !ev.simTime().isAfter(to))
                .filter(subject)
                .toList();
        String window = " between " + DurationText.format(e.from()) + " and " + DurationText.format(e.to());
        String seen = found.isEmpty() ? "no " + e.eventType() + e.subject().describe() + window
                : found.size() + " " + e.eventType() + e.subject().describe() + window + ": "
                    + listed(found.stream().map(ev -> "#" + ev.seq() + " at "
                        + DurationText.format(Duration.between(state.start(), ev.simTime()))).toList());
        Predicate<EngineEvent> concerns = e.subject().matchesAny() ? ev -> ev.type().equals(e.eventType()) : subject;
        return new Check(found.isEmpty() != e.occurred(), e.describe(), seen, concerns);
    }

    /**
     * Findings of the rule raised by the events up to the quiet snapshot, narrowed to the subject.
     * An instance is the N-th started under its registration name, as everywhere in a scenario,
     * so it is matched by the engine's instance id, not by the engine's per-registration number.
     */
    private Check finding(FindingExpectation e, SimulatorState state) {
        Rule rule = RuleCatalogue.standard().find(e.ruleId())
                .orElseThrow(() -> new UnknownSubjectException("no checker rule \"" + e.ruleId() + "\""));
        Predicate<Finding> about = findingSubject(e, state);
        List<Finding> all = findingsThrough.apply(state.snapshot().lastSeq());
        List<Finding> ofRule = all.stream().filter(f -> f.ruleId().equals(rule.id())).toList();
        List<Finding> found = ofRule.stream().filter(about).toList();
        String what = "finding " + rule.label() + e.subject().describe();
        String seen;
        if (!found.isEmpty()) {
            seen = found.size() + (found.size() == 1 ? " finding " : " findings ") + rule.id() + ": "
                    + listed(found.stream().map(f -> describe(f, state)).toList());
        } else if (!ofRule.isEmpty()) {
            seen = "no " + rule.id() + e.subject().describe() + "; " + rule.id() + " was raised about "
                    + listed(ofRule.stream().map(f -> describe(f, state)).toList());
        } else {
            seen = "no " + rule.id() + " finding" + (all.isEmpty() ? "s at all" : "; raised so far: "
                    + listed(all.stream().map(f -> f.ruleId() + " " + f.subject()).distinct().toList()));
        }
        // The events that raised what was found; without any, the events about the subject.
        Predicate<EngineEvent> concerns = !found.isEmpty()
                ? ev -> found.stream().anyMatch(f -> f.seq() == ev.seq())
                : e.subject().matchesAny() ? ev -> true : EventSubjects.matching(e.subject(), state);
        return new Check(found.isEmpty() != e.present(), what + (e.present() ? " present" : " absent"), seen, concerns);
    }

    private static Predicate<Finding> findingSubject(FindingExpectation e, SimulatorState state) {
        Predicate<Subjects> subject = EventSubjects.packageRegistrationAndHost(e.subject(), state);
        Predicate<Finding> about = f -> subject.test(f.subjects());
        if (e.subject().instance().isEmpty()) {
            return about;
        }
        RegistrationRef registration = new RegistrationRef(e.subject().registration().orElseThrow(), e.subject().packageName());
        List<EngineEvent> starts = state.starts(registration);
        int n = e.subject().instance().getAsInt();
        if (starts.size() < n) {
            return f -> false;
        }
        UUID instanceId = starts.get(n - 1).subjects().instanceId();
        return about.and(f -> instanceId.equals(f.subjects().instanceId()));
    }

    /** {@code Sync#2 at 34s: message}. */
    private static String describe(Finding finding, SimulatorState state) {
        return finding.subject() + " at " + DurationText.format(Duration.between(state.start(), finding.simTime()))
                + ": " + finding.message();
    }

    private static Optional<String> engineHostId(HostId host, SimulatorState state) {
        try {
            return Optional.of(state.hostId(host));
        } catch (UnknownSubjectException notStarted) {
            return Optional.empty();
        }
    }

    private static void requirePackage(String packageName, SimulatorState state) {
        if (!state.packageLoaded(Objects.requireNonNull(packageName))) {
            throw new UnknownSubjectException("no package named " + packageName + " is loaded");
        }
    }

    private static String listed(List<String> items) {
        if (items.size() <= LISTED_AT_MOST) {
            return String.join(", ", items);
        }
        return String.join(", ", items.subList(0, LISTED_AT_MOST)) + ", ... " + (items.size() - LISTED_AT_MOST) + " more";
    }
}
