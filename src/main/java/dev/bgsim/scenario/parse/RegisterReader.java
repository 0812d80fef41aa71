package dev.bgsim.scenario.parse;

import dev.bgsim.scenario.action.Register;
import dev.bgsim.scenario.action.TriggerSpec;
import dev.bgsim.sdk.ControlChannelTrigger;
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
            "cancelOnConditionLoss", "networkRequested", "group");

    private static final String TRIGGER_EXAMPLE =
            "{\"type\": \"system\", \"systemTriggerType\": \"TIME_ZONE_CHANGE\", \"oneShot\": false}";
    /** The largest freshness a trigger can hold; the broker's own limits are checked at run time. */
    private static final int MAX_FRESHNESS_MINUTES = Integer.MAX_VALUE;
    /** WinRT refuses a control channel keep-alive under 15 minutes; the SDK's default is that minimum. */
    private static final int MIN_KEEP_ALIVE_MINUTES = ControlChannelTrigger.DEFAULT_KEEP_ALIVE_MINUTES;

    private final Vocabulary<String> triggerTypes;

    RegisterReader() {
        List<String> types = new ArrayList<>(List.of("system", "time", "maintenance", "custom"));
        types.addAll(Words.PLAIN_TRIGGERS.words());
        types.addAll(List.of("pushNotification", "controlChannel"));
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
        boolean networkRequested = fields.bool("networkRequested").orElse(false);
        Optional<String> group = fields.string("group");
        if (packageName.isEmpty() || name.isEmpty() || trigger.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Register(packageName.get(), name.get(), entryPoint, trigger.get(), conditions,
                cancelOnConditionLoss, networkRequested, group));
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
            case "controlChannel" -> controlChannelTrigger(new FieldReader(object, context, problems,
                    List.of("type", "channelId", "keepAliveMinutes")));
            case "pushNotification" -> pushNotificationTrigger(new FieldReader(object, context, problems,
                    List.of("type", "applicationId")));
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

    /** Both fields may be left out: the channel is named after the registration, keep-alive 15 minutes. */
    private static Optional<TriggerSpec> controlChannelTrigger(FieldReader fields) {
        Optional<String> channelId = fields.string("channelId");
        Optional<Integer> keepAlive = fields.wholeNumber("keepAliveMinutes", MIN_KEEP_ALIVE_MINUTES, Integer.MAX_VALUE);
        if ((fields.has("channelId") && channelId.isEmpty()) || (fields.has("keepAliveMinutes") && keepAlive.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new TriggerSpec.ControlChannel(channelId, keepAlive.orElse(MIN_KEEP_ALIVE_MINUTES)));
    }

    /** Without an application id the trigger is for the package's own application. */
    private static Optional<TriggerSpec> pushNotificationTrigger(FieldReader fields) {
        Optional<String> applicationId = fields.string("applicationId");
        if (fields.has("applicationId") && applicationId.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TriggerSpec.PushNotification(applicationId));
    }

    /** Every field of {@code object}: reading only "type" first must not report the others. */
    private static List<String> fieldsOf(LocatedObject object) {
        return object.members().stream().map(LocatedObject.Member::name).toList();
    }
}
