package dev.bgsim.scenario.parse;

import dev.bgsim.checker.Rule;
import dev.bgsim.checker.RuleCatalogue;
import dev.bgsim.scenario.DurationText;
import dev.bgsim.scenario.HostId;
import dev.bgsim.scenario.InstanceRef;
import dev.bgsim.scenario.RegistrationRef;
import dev.bgsim.scenario.expect.AppState;
import dev.bgsim.scenario.expect.AppStateExpectation;
import dev.bgsim.scenario.expect.EventExpectation;
import dev.bgsim.scenario.expect.Expectation;
import dev.bgsim.scenario.expect.FindingExpectation;
import dev.bgsim.scenario.expect.HostExpectation;
import dev.bgsim.scenario.expect.InstanceCountExpectation;
import dev.bgsim.scenario.expect.InstanceExpectation;
import dev.bgsim.scenario.expect.InstanceState;
import dev.bgsim.scenario.expect.LocalSettingExpectation;
import dev.bgsim.scenario.expect.PendingExpectation;
import dev.bgsim.scenario.expect.SubjectFilter;
import dev.bgsim.sdk.BackgroundTaskCancellationReason;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Reads the object of an {@code "expect"} step. Its kind is named by one key ({@code instance},
 * {@code count}, {@code pending}, {@code app}, {@code host}, {@code localSettings},
 * {@code event}, {@code finding}); the kind's other fields sit beside it.
 */
final class ExpectationReader {

    /** The key that names each kind, in the order the docs list them. */
    static final List<String> KIND_KEYS =
            List.of("instance", "count", "pending", "app", "host", "localSettings", "event", "finding");

    private static final List<String> SUBJECT_FIELDS = List.of("package", "registration", "instance", "host");
    private static final String EVENT_TYPE_PATTERN = "[A-Z][A-Za-z0-9]*";

    /**
     * Reads an expectation.
     *
     * @param stepAt the step's time, when it was valid: event windows may not reach past it
     */
    Optional<Expectation> read(LocatedObject object, Optional<Duration> stepAt, Problems problems) {
        Optional<String> kind = kindOf(object, problems);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        String context = "the \"" + kind.get() + "\" expectation";
        Optional<? extends Expectation> expectation = switch (kind.get()) {
            case "instance" -> read(object, context, problems,
                    List.of("registration", "package", "instance", "state", "reason", "progress", "suspendedCount"),
                    this::instance);
            case "count" -> read(object, context, problems, List.of("registration", "package", "count", "state"),
                    this::count);
            case "pending" -> read(object, context, problems, List.of("registration", "package", "pending", "why"),
                    this::pending);
            case "app" -> read(object, context, problems, List.of("app", "state"), this::app);
            case "host" -> read(object, context, problems, List.of("host", "alive"), this::host);
            case "localSettings" -> read(object, context, problems, List.of("localSettings"), this::localSetting);
            case "event" -> read(object, context, problems, withSubject("event", "from", "to", "occurred"),
                    fields -> event(fields, stepAt));
            case "finding" -> read(object, context, problems, withSubject("finding", "present"), this::finding);
            default -> throw new IllegalStateException("expectation kind without a reader: " + kind.get());
        };
        return expectation.map(Expectation.class::cast);
    }

    private static Optional<? extends Expectation> read(LocatedObject object, String context, Problems problems,
                                                        List<String> allowed,
                                                        Function<FieldReader, Optional<? extends Expectation>> reader) {
        FieldReader fields = new FieldReader(object, context, problems, allowed);
        Optional<? extends Expectation> expectation = reader.apply(fields);
        return fields.clean() ? expectation : Optional.empty();
    }

    /**
     * The kind: "event" and "finding" win (their subject filters reuse "instance" and "host");
     * otherwise exactly one kind key must be present.
     */
    private static Optional<String> kindOf(LocatedObject object, Problems problems) {
        List<String> present = KIND_KEYS.stream().filter(object::has).toList();
        List<String> eventOrFinding = present.stream().filter(k -> k.equals("event") || k.equals("finding")).toList();
        if (eventOrFinding.size() == 1) {
            return Optional.of(eventOrFinding.get(0));
        }
        if (present.size() == 1) {
            return Optional.of(present.get(0));
        }
        if (present.isEmpty()) {
            String what = object.has("registration") ? "says nothing about the registration" : "checks nothing";
            problems.add(object.location(), "the expectation " + what,
                    "add one of: " + String.join(", ", KIND_KEYS) + " (see docs/scenario-format.md)");
        } else {
            problems.add(object.location(), "the expectation checks " + quoted(present) + " at once",
                    "check one thing per step: split it into " + present.size() + " steps");
        }
        return Optional.empty();
    }

    private Optional<InstanceExpectation> instance(FieldReader fields) {
        Optional<InstanceRef> instance = Addresses.instance(fields);
        Optional<InstanceState> state = fields.word("state", Words.INSTANCE_STATES);
        Optional<BackgroundTaskCancellationReason> reason = fields.word("reason", Words.CANCELLATION_REASONS);
        OptionalInt progress = optionalInt(fields.wholeNumber("progress", 0, 100));
        OptionalInt suspendedCount = optionalInt(fields.wholeNumber("suspendedCount", 0, Integer.MAX_VALUE));
        if (!fields.has("state") && !fields.has("reason") && !fields.has("progress") && !fields.has("suspendedCount")) {
            fields.problem("the \"instance\" expectation checks nothing about the instance",
                    "add \"state\", \"reason\", \"progress\" or \"suspendedCount\"");
        }
        if (!fields.clean() || instance.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new InstanceExpectation(instance.get(), state, reason, progress, suspendedCount));
    }

    private Optional<InstanceCountExpectation> count(FieldReader fields) {
        Optional<RegistrationRef> registration = Addresses.registration(fields);
        Optional<Integer> count = fields.wholeNumber("count", 0, Integer.MAX_VALUE);
        Optional<InstanceState> state = fields.word("state", Words.INSTANCE_STATES);
        if (registration.isEmpty() || count.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new InstanceCountExpectation(registration.get(), count.get(), state));
    }

    private Optional<PendingExpectation> pending(FieldReader fields) {
        Optional<RegistrationRef> registration = Addresses.registration(fields);
        Optional<Boolean> pending = fields.bool("pending");
        Optional<String> why = fields.string("why");
        if (pending.isPresent() && !pending.get() && why.isPresent()) {
            fields.problems().add(fields.value("why").orElseThrow().location(),
                    "\"why\" with \"pending\": false (a registration that is not pending waits for nothing)",
                    "remove \"why\", or expect \"pending\": true");
            return Optional.empty();
        }
        if (registration.isEmpty() || pending.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PendingExpectation(registration.get(), pending.get(), why));
    }

    private Optional<AppStateExpectation> app(FieldReader fields) {
        Optional<String> packageName = fields.string("app");
        fields.require("state", "\"state\": \"SUSPENDED\" (an app state: " + String.join(", ", Words.APP_STATES.words()) + ")");
        Optional<AppState> state = fields.word("state", Words.APP_STATES);
        if (packageName.isEmpty() || state.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AppStateExpectation(packageName.get(), state.get()));
    }

    private Optional<HostExpectation> host(FieldReader fields) {
        Optional<HostId> host = Addresses.host(fields, "host");
        boolean alive = fields.bool("alive").orElse(true);
        return host.map(h -> new HostExpectation(h, alive));
    }

    private Optional<LocalSettingExpectation> localSetting(FieldReader outer) {
        String example = "{\"package\": \"Samples.BackgroundTask\", \"key\": \"status\", \"equals\": \"done\"}";
        Optional<LocatedObject> object = outer.object("localSettings", example);
        if (object.isEmpty()) {
            return Optional.empty();
        }
        FieldReader fields = new FieldReader(object.get(), "\"localSettings\"", outer.problems(),
                List.of("package", "key", "equals", "absent"));
        fields.require("package", "\"package\": \"Samples.BackgroundTask\"");
        fields.require("key", "\"key\": \"status\"");
        Optional<String> packageName = fields.string("package");
        Optional<String> key = fields.string("key");
        Optional<Boolean> absent = fields.bool("absent");
        boolean hasEquals = fields.has("equals");
        if (hasEquals == absent.isPresent()) {
            fields.problem(hasEquals ? "\"localSettings\" has both \"equals\" and \"absent\""
                            : "\"localSettings\" says nothing about the value",
                    "give either \"equals\": VALUE (any JSON value) or \"absent\": true");
        } else if (absent.isPresent() && !absent.get()) {
            fields.problems().add(fields.value("absent").orElseThrow().location(),
                    "\"absent\": false says nothing about the value", "use \"equals\": VALUE, or \"absent\": true");
        }
        if (!fields.clean() || packageName.isEmpty() || key.isEmpty()) {
            return Optional.empty();
        }
        Object value = hasEquals ? PlainJson.toJava(fields.value("equals").orElseThrow()) : null;
        return Optional.of(new LocalSettingExpectation(packageName.get(), key.get(), hasEquals, value));
    }

    private Optional<EventExpectation> event(FieldReader fields, Optional<Duration> stepAt) {
        Optional<String> type = fields.string("event");
        type.filter(t -> !t.matches(EVENT_TYPE_PATTERN)).ifPresent(t -> fields.problems().add(
                fields.value("event").orElseThrow().location(), "\"" + t + "\" is not an event type name",
                "event types are UpperCamelCase names such as InstanceCanceled or TriggerFired"));
        Optional<Duration> from = fields.duration("from");
        Optional<Duration> to = fields.duration("to");
        boolean occurred = fields.bool("occurred").orElse(true);
        Optional<SubjectFilter> subject = subject(fields);
        if (!fields.clean() || type.isEmpty() || subject.isEmpty()) {
            return Optional.empty();
        }
        Duration windowStart = from.orElse(Duration.ZERO);
        Optional<Duration> windowEnd = to.or(() -> stepAt);
        if (windowEnd.isEmpty()) {
            return Optional.empty();
        }
        if (!checkWindow(fields, windowStart, windowEnd.get(), stepAt)) {
            return Optional.empty();
        }
        return Optional.of(new EventExpectation(type.get(), windowStart, windowEnd.get(), occurred, subject.get()));
    }

    private static boolean checkWindow(FieldReader fields, Duration from, Duration to, Optional<Duration> stepAt) {
        if (stepAt.isPresent() && to.compareTo(stepAt.get()) > 0) {
            fields.problems().add(fields.value("to").orElseThrow().location(),
                    "\"to\" is " + text(to) + ", after the step's time " + text(stepAt.get())
                            + " (a step cannot see events that have not happened yet)",
                    "move the step to \"at\": \"" + text(to) + "\" or later, or end the window by " + text(stepAt.get()));
            return false;
        }
        if (from.compareTo(to) > 0) {
            fields.problems().add(fields.value("from").orElseThrow().location(),
                    "the window starts at " + text(from) + ", after it ends at " + text(to),
                    "make \"from\" no later than " + text(to));
            return false;
        }
        return true;
    }

    private Optional<FindingExpectation> finding(FieldReader fields) {
        Optional<String> ruleId = fields.string("finding");
        ruleId.ifPresent(id -> checkRule(fields, id));
        boolean present = fields.bool("present").orElse(true);
        Optional<SubjectFilter> subject = subject(fields);
        if (!fields.clean() || ruleId.isEmpty() || subject.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FindingExpectation(ruleId.get(), present, subject.get()));
    }

    /**
     * A finding expectation must name a rule of the checker's catalogue (every rule is checked
     * live, SPEC 4); otherwise {@code "present": false} would hold forever and hide the typo.
     */
    private static void checkRule(FieldReader fields, String idOrName) {
        RuleCatalogue catalogue = RuleCatalogue.standard();
        if (catalogue.find(idOrName).isPresent()) {
            return;
        }
        List<String> ids = catalogue.all().stream().map(Rule::id).toList();
        List<String> words = catalogue.all().stream().flatMap(r -> Stream.of(r.id(), r.name())).toList();
        String list = "use a rule id: " + String.join(", ", ids) + " (docs/checker-rules.md)";
        fields.problems().add(fields.value("finding").orElseThrow().location(),
                "unknown checker rule \"" + idOrName + "\"",
                NearestName.suggest(idOrName, words).map(s -> "did you mean \"" + s + "\"? " + list).orElse(list));
    }

    private static Optional<SubjectFilter> subject(FieldReader fields) {
        Optional<String> packageName = fields.string("package");
        Optional<String> registration = fields.string("registration");
        OptionalInt instance = optionalInt(fields.wholeNumber("instance", 1, Integer.MAX_VALUE));
        Optional<HostId> host = Addresses.host(fields, "host");
        if (fields.has("instance") && !fields.has("registration")) {
            fields.problems().add(fields.value("instance").orElseThrow().location(),
                    "\"instance\" without \"registration\" (instance numbers count per registration)",
                    "add " + Addresses.REGISTRATION_EXAMPLE);
            return Optional.empty();
        }
        if (!fields.clean()) {
            return Optional.empty();
        }
        return Optional.of(new SubjectFilter(packageName, registration, instance, host));
    }

    private static List<String> withSubject(String... own) {
        return Stream.concat(List.of(own).stream(), SUBJECT_FIELDS.stream()).toList();
    }

    private static OptionalInt optionalInt(Optional<Integer> value) {
        return value.map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    private static String quoted(List<String> names) {
        return String.join(" and ", names.stream().map(n -> "\"" + n + "\"").toList());
    }

    private static String text(Duration duration) {
        return DurationText.format(duration);
    }
}
