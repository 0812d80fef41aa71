package dev.bgsim.scenario.parse;

import dev.bgsim.scenario.action.PlainTriggerType;
import dev.bgsim.scenario.action.Register;
import dev.bgsim.scenario.action.TriggerSpec;
import dev.bgsim.sdk.SystemConditionType;
import dev.bgsim.sdk.SystemTriggerType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a {@code register} step and its trigger, in the shape of the package manifest's
 * {@code registrations} (SPEC 2).
 */
final class RegisterReader {

    static final String VERB = Register.VERB;
    static final List<String> FIELDS = List.of("package", "name", "entryPoint", "trigger", "conditions",
            "cancelOnConditionLoss", "group");

    private static final String TRIGGER_EXAMPLE =
            "{\"type\": \"system\", \"systemTriggerType\": \"TIME_ZONE_CHANGE\", \"oneShot\": false}";
    /** The largest freshness a trigger can hold; the broker's own limits are checked at run time. */
    private static final int MAX_FRESHNESS_MINUTES = Integer.MAX_VALUE;

    private final Vocabulary<String> triggerTypes;

    RegisterReader() {
        List<String> types = new ArrayList<>(List.of("system", "time", "maintenance", "custom"));
        types.addAll(Words.PLAIN_TRIGGERS.words());
        triggerTypes = Vocabulary.ofStrings("trigger type", types);
    }

    Optional<Register> read(FieldReader fields) {
        fields.require("package", "\"package\": \"Samples.BackgroundTask\"");
        fields.require("name", "\"name\": \"MyTask\" (the registration name)");
        fields.require("trigger", "\"trigger\": " + TRIGGER_EXAMPLE);
        Optional<String> packageName = fields.string("package");
        Optional<String> name = fields.string("name");
        Optional<String> entryPoint = entryPoint(fields);
        Optional<TriggerSpec> trigger = fields.object("trigger", TRIGGER_EXAMPLE)
                .flatMap(object -> trigger(object, fields.problems()));
        List<SystemConditionType> conditions = conditions(fields);
        boolean cancelOnConditionLoss = fields.bool("cancelOnConditionLoss").orElse(false);
        Optional<String> group = fields.string("group");
        if (packageName.isEmpty() || name.isEmpty() || trigger.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Register(packageName.get(), name.get(), entryPoint, trigger.get(), conditions,
                cancelOnConditionLoss, group));
    }

    /** A class name, or null / absent for an in-process task. */
    private static Optional<String> entryPoint(FieldReader fields) {
        Optional<LocatedValue> value = fields.value("entryPoint");
        if (value.isPresent() && value.get() instanceof LocatedScalar scalar && scalar.kind() == LocatedScalar.Kind.NULL) {
            return Optional.empty();
        }
        return fields.string("entryPoint");
    }

    private static List<SystemConditionType> conditions(FieldReader fields) {
        Optional<LocatedArray> array = fields.array("conditions", "[\"INTERNET_AVAILABLE\"]");
        List<SystemConditionType> conditions = new ArrayList<>();
        if (array.isEmpty()) {
            return conditions;
        }
        for (LocatedValue item : array.get().items()) {
            if (!(item instanceof LocatedScalar scalar) || scalar.kind() != LocatedScalar.Kind.STRING) {
                fields.problems().add(item.location(), "a condition must be a name in quotes, not " + item.describe(),
                        "use one of: " + String.join(", ", Words.CONDITIONS.words()));
                continue;
            }
            Optional<SystemConditionType> condition = Words.CONDITIONS.lookup(scalar.stringValue());
            if (condition.isEmpty()) {
                fields.problems().add(item.location(), Words.CONDITIONS.unknown(scalar.stringValue()),
                        Words.CONDITIONS.remedy(scalar.stringValue()));
            }
            condition.ifPresent(conditions::add);
        }
        return conditions;
    }

    private Optional<TriggerSpec> trigger(LocatedObject object, Problems problems) {
        Optional<LocatedObject.Member> typeMember = object.member("type");
        if (typeMember.isEmpty()) {
            problems.add(object.location(), "the trigger has no \"type\"",
                    "add \"type\": one of " + String.join(", ", triggerTypes.words()));
            return Optional.empty();
        }
        FieldReader typeOnly = new FieldReader(object, "the trigger", problems, fieldsOf(object));
        Optional<String> type = typeOnly.word("type", triggerTypes);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        String context = "the \"" + type.get() + "\" trigger";
        return switch (type.get()) {
            case "system" -> systemTrigger(new FieldReader(object, context, problems,
                    List.of("type", "systemTriggerType", "oneShot")));
            case "time", "maintenance" -> timerTrigger(type.get(), new FieldReader(object, context, problems,
                    List.of("type", "freshnessMinutes", "oneShot")));
            case "custom" -> customTrigger(new FieldReader(object, context, problems,
                    List.of("type", "taskType", "name")));
            default -> {
                // Read for its checks only: a trigger without parameters takes no field but "type".
                new FieldReader(object, context, problems, List.of("type"));
                yield Words.PLAIN_TRIGGERS.lookup(type.get()).map(TriggerSpec.Plain::new);
            }
        };
    }

    private static Optional<TriggerSpec> systemTrigger(FieldReader fields) {
        fields.require("systemTriggerType", "\"systemTriggerType\": \"TIME_ZONE_CHANGE\"");
        Optional<SystemTriggerType> event = fields.word("systemTriggerType", Words.SYSTEM_EVENTS);
        boolean oneShot = fields.bool("oneShot").orElse(false);
        return event.map(e -> new TriggerSpec.SystemEvent(e, oneShot));
    }

    private static Optional<TriggerSpec> timerTrigger(String type, FieldReader fields) {
        fields.require("freshnessMinutes", "\"freshnessMinutes\": 15");
        Optional<Integer> freshness = fields.wholeNumber("freshnessMinutes", 1, MAX_FRESHNESS_MINUTES);
        boolean oneShot = fields.bool("oneShot").orElse(false);
        if (freshness.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(type.equals("time")
                ? new TriggerSpec.Time(freshness.get(), oneShot)
                : new TriggerSpec.Maintenance(freshness.get(), oneShot));
    }

    private static Optional<TriggerSpec> customTrigger(FieldReader fields) {
        fields.require("taskType", "\"taskType\": \"location\"");
        fields.require("name", "\"name\": \"geofence\"");
        Optional<String> taskType = fields.string("taskType");
        Optional<String> name = fields.string("name");
        if (taskType.isEmpty() || name.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TriggerSpec.Custom(taskType.get(), name.get()));
    }

    /** Every field of {@code object}: reading only "type" first must not report the others. */
    private static List<String> fieldsOf(LocatedObject object) {
        return object.members().stream().map(LocatedObject.Member::name).toList();
    }
}
