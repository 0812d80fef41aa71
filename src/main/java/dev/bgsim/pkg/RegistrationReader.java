package dev.bgsim.pkg;

import dev.bgsim.pkg.json.JsonNull;
import dev.bgsim.pkg.json.JsonObject;
import dev.bgsim.pkg.json.JsonString;
import dev.bgsim.pkg.json.JsonValue;
import dev.bgsim.sdk.ControlChannelTrigger;
import dev.bgsim.sdk.SystemConditionType;
import dev.bgsim.sdk.SystemTriggerType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads the {@code "registrations"} of a bgsim manifest: name, entry point (absent or null:
 * in-process), trigger, conditions, flags and group. A bad trigger (unknown type, missing or
 * wrong parameter) is a load error; whether the entry point is declared is left to the broker.
 */
final class RegistrationReader {
    static final List<String> FIELDS =
            List.of("name", "entryPoint", "trigger", "conditions", "cancelOnConditionLoss", "networkRequested", "group");
    private static final List<String> GROUP_FIELDS = List.of("id", "name");

    private final TaskTypeTable taskTypes;
    private final SourceLocation file;
    private final Diagnostics diagnostics;
    private final DeclarationValueChecks checks;

    RegistrationReader(TaskTypeTable taskTypes, SourceLocation file, Diagnostics diagnostics) {
        this.taskTypes = taskTypes;
        this.file = file;
        this.diagnostics = diagnostics;
        this.checks = new DeclarationValueChecks(taskTypes, diagnostics);
    }

    /** The registration, or empty when it has an error (reported). */
    Optional<RegistrationSpec> read(JsonValue value, String path) {
        Optional<JsonFields> maybe = JsonFields.of(value, path, FIELDS, file, diagnostics);
        if (maybe.isEmpty()) {
            return Optional.empty();
        }
        JsonFields fields = maybe.get();
        int errorsBefore = diagnostics.errorCount();
        String name = fields.requiredString("name", "\"SampleBackgroundTask\"");
        String entryPoint = fields.string("entryPoint");
        if (entryPoint != null) {
            checks.javaClassName("entry point", entryPoint, fields.at(fields.value("entryPoint").orElseThrow()));
        }
        TriggerSpec trigger = null;
        if (fields.has("trigger")) {
            trigger = trigger(fields.value("trigger").orElseThrow(), fields.child("trigger")).orElse(null);
        } else {
            fields.missing("trigger", "{ \"type\": \"system\", \"systemTriggerType\": \"TIME_ZONE_CHANGE\" }");
        }
        List<SystemConditionType> conditions = conditions(fields);
        boolean cancelOnConditionLoss = fields.bool("cancelOnConditionLoss", false);
        boolean networkRequested = fields.bool("networkRequested", false);
        TaskGroupSpec group = fields.has("group") ? group(fields.value("group").orElseThrow(), fields.child("group")) : null;
        if (diagnostics.errorCount() > errorsBefore || name == null || trigger == null) {
            return Optional.empty();
        }
        return Optional.of(new RegistrationSpec(name, entryPoint, trigger, conditions, cancelOnConditionLoss,
                networkRequested, group, fields.here()));
    }

    private List<SystemConditionType> conditions(JsonFields fields) {
        List<SystemConditionType> conditions = new ArrayList<>();
        for (JsonString condition : fields.strings("conditions")) {
            Optional<SystemConditionType> type = constant(SystemConditionType.class, condition.value());
            if (type.isEmpty()) {
                diagnostics.error(fields.at(condition), "unknown condition \"" + condition.value() + "\"",
                        "expected one of: " + validNames(SystemConditionType.class));
            } else {
                conditions.add(type.get());
            }
        }
        return conditions;
    }

    /** The constant named {@code name}, except INVALID, which Windows refuses at registration. */
    private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(name) && !c.name().equals("INVALID")).findFirst();
    }

    private static <E extends Enum<E>> String validNames(Class<E> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).filter(n -> !n.equals("INVALID")).toList());
    }

    private TaskGroupSpec group(JsonValue value, String path) {
        Optional<JsonFields> maybe = JsonFields.of(value, path, GROUP_FIELDS, file, diagnostics);
        if (maybe.isEmpty()) {
            return null;
        }
        String id = maybe.get().requiredString("id", "\"mygroup\"");
        String name = maybe.get().string("name");
        return id == null ? null : new TaskGroupSpec(id, name == null ? id : name);
    }

    /** The trigger of a registration; empty (with errors) when it cannot be built. */
    Optional<TriggerSpec> trigger(JsonValue value, String path) {
        if (!(value instanceof JsonObject object)) {
            diagnostics.error(JsonFields.at(file, value.position()), "\"" + path + "\" must be an object, not " + value.kindName(),
                    "write { \"type\": \"system\", \"systemTriggerType\": \"TIME_ZONE_CHANGE\" }");
            return Optional.empty();
        }
        Optional<JsonValue> typeValue = object.get("type").filter(v -> !(v instanceof JsonNull));
        if (typeValue.isEmpty()) {
            diagnostics.error(JsonFields.at(file, object.position()), path + " has no \"type\"",
                    "add \"type\": \"system\", one of: " + String.join(", ", TriggerKind.jsonNames()));
            return Optional.empty();
        }
        SourceLocation typeAt = JsonFields.at(file, typeValue.get().position());
        if (!(typeValue.get() instanceof JsonString type)) {
            diagnostics.error(typeAt, "\"" + path + ".type\" must be a string, not " + typeValue.get().kindName(),
                    "one of: " + String.join(", ", TriggerKind.jsonNames()));
            return Optional.empty();
        }
        Optional<TriggerKind> kind = TriggerKind.fromJsonName(type.value());
        if (kind.isEmpty()) {
            diagnostics.error(typeAt, "unknown trigger type \"" + type.value() + "\"",
                    "expected one of: " + String.join(", ", TriggerKind.jsonNames()));
            return Optional.empty();
        }
        JsonFields fields = JsonFields.of(value, path, fieldsOf(kind.get()), file, diagnostics).orElseThrow();
        return switch (kind.get()) {
            case SYSTEM -> systemTrigger(fields);
            case TIME, MAINTENANCE -> timedTrigger(fields, kind.get());
            case CUSTOM -> customTrigger(fields);
            case CONTROL_CHANNEL -> controlChannelTrigger(fields);
            case PUSH_NOTIFICATION -> Optional.of(TriggerSpec.pushNotification(fields.string("applicationId")));
            default -> Optional.of(TriggerSpec.plain(kind.get()));
        };
    }

    private static List<String> fieldsOf(TriggerKind kind) {
        return switch (kind) {
            case SYSTEM -> List.of("type", "systemTriggerType", "oneShot");
            case TIME, MAINTENANCE -> List.of("type", "freshnessMinutes", "oneShot");
            case CUSTOM -> List.of("type", "taskType", "name");
            case CONTROL_CHANNEL -> List.of("type", "channelId", "keepAliveMinutes");
            case PUSH_NOTIFICATION -> List.of("type", "applicationId");
            default -> List.of("type");
        };
    }

    private Optional<TriggerSpec> systemTrigger(JsonFields fields) {
        String systemType = fields.requiredString("systemTriggerType", "\"TIME_ZONE_CHANGE\"");
        boolean oneShot = fields.bool("oneShot", false);
        if (systemType == null) {
            return Optional.empty();
        }
        Optional<SystemTriggerType> type = constant(SystemTriggerType.class, systemType);
        if (type.isEmpty()) {
            diagnostics.error(fields.at(fields.value("systemTriggerType").orElseThrow()),
                    "unknown system trigger type \"" + systemType + "\"", "expected one of: " + validNames(SystemTriggerType.class));
            return Optional.empty();
        }
        return Optional.of(TriggerSpec.system(type.get(), oneShot));
    }

    private Optional<TriggerSpec> timedTrigger(JsonFields fields, TriggerKind kind) {
        boolean oneShot = fields.bool("oneShot", false);
        if (!fields.has("freshnessMinutes")) {
            fields.missing("freshnessMinutes", "15");
            return Optional.empty();
        }
        Integer minutes = fields.integer("freshnessMinutes");
        if (minutes == null) {
            return Optional.empty();
        }
        if (minutes <= 0) {
            diagnostics.error(fields.at(fields.value("freshnessMinutes").orElseThrow()),
                    "\"" + fields.child("freshnessMinutes") + "\" is " + minutes + "; it must be a positive number of minutes",
                    "Windows accepts 15 or more, e.g. 15");
            return Optional.empty();
        }
        return Optional.of(kind == TriggerKind.TIME ? TriggerSpec.time(minutes, oneShot) : TriggerSpec.maintenance(minutes, oneShot));
    }

    private Optional<TriggerSpec> controlChannelTrigger(JsonFields fields) {
        String channelId = fields.requiredString("channelId", "\"channel1\"");
        Integer keepAlive = fields.integer("keepAliveMinutes");
        if (channelId == null) {
            return Optional.empty();
        }
        return Optional.of(TriggerSpec.controlChannel(channelId, keepAlive == null ? ControlChannelTrigger.DEFAULT_KEEP_ALIVE_MINUTES : keepAlive));
    }

    private Optional<TriggerSpec> customTrigger(JsonFields fields) {
        String taskType = fields.requiredString("taskType", "\"location\"");
        String name = fields.requiredString("name", "\"geofence\"");
        if (taskType == null || name == null) {
            return Optional.empty();
        }
        List<String> custom = taskTypes.customTaskTypes();
        if (!custom.contains(taskType)) {
            String hint = taskTypes.find(taskType)
                    .map(t -> "\"" + taskType + "\" tasks have their own trigger type: use \"type\": \""
                            + t.triggerKinds().get(0).jsonName() + "\"")
                    .orElse("a custom trigger stands for one of: " + String.join(", ", custom));
            diagnostics.error(fields.at(fields.value("taskType").orElseThrow()),
                    "\"" + taskType + "\" is not a task type a custom trigger can stand for", hint);
            return Optional.empty();
        }
        return Optional.of(TriggerSpec.custom(taskType, name));
    }
}
