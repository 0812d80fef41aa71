package dev.bgsim.pkg;

import dev.bgsim.sdk.BackgroundTrigger;
import dev.bgsim.sdk.CustomTrigger;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static dev.bgsim.pkg.TriggerKind.APPLICATION;
import static dev.bgsim.pkg.TriggerKind.CONTROL_CHANNEL;
import static dev.bgsim.pkg.TriggerKind.CUSTOM;
import static dev.bgsim.pkg.TriggerKind.DEVICE_SERVICING;
import static dev.bgsim.pkg.TriggerKind.DEVICE_USE;
import static dev.bgsim.pkg.TriggerKind.MAINTENANCE;
import static dev.bgsim.pkg.TriggerKind.MEDIA_PROCESSING;
import static dev.bgsim.pkg.TriggerKind.PUSH_NOTIFICATION;
import static dev.bgsim.pkg.TriggerKind.SYSTEM;
import static dev.bgsim.pkg.TriggerKind.TIME;

/**
 * The manifest task types and the triggers each allows, as data (SPEC 3.3, semantics reference
 * 9.2 and 9.3). No official exhaustive mapping exists, so this table is the one place to
 * correct it. Types without a bgsim trigger of their own (location, bluetooth...) map to
 * {@link TriggerKind#CUSTOM}: the user fires them by name.
 */
public final class TaskTypeTable {

    /** The Windows 10 / 8.1 schema types, plus {@code startup} of the IoT schema (seen in real manifests). */
    private static final TaskTypeTable STANDARD = new TaskTypeTable(List.of(
            type("systemEvent", "foundation", List.of(SYSTEM), "SystemTrigger", "SocketActivityTrigger"),
            type("timer", "foundation", List.of(TIME), "TimeTrigger"),
            type("general", "foundation", List.of(APPLICATION, MAINTENANCE), "ApplicationTrigger", "MaintenanceTrigger"),
            type("pushNotification", "foundation", List.of(PUSH_NOTIFICATION), "PushNotificationTrigger"),
            type("controlChannel", "foundation", List.of(CONTROL_CHANNEL), "ControlChannelTrigger"),
            type("deviceUse", "foundation", List.of(DEVICE_USE), "DeviceUseTrigger"),
            type("deviceServicing", "foundation", List.of(DEVICE_SERVICING), "DeviceServicingTrigger"),
            type("audio", "foundation", List.of(CUSTOM), "legacy background audio"),
            type("location", "foundation", List.of(CUSTOM), "LocationTrigger", "GeovisitTrigger"),
            type("deviceConnectionChange", "foundation", List.of(CUSTOM), "DeviceConnectionChangeTrigger"),
            type("bluetooth", "foundation", List.of(CUSTOM), "BluetoothLEAdvertisementWatcherTrigger",
                    "BluetoothLEAdvertisementPublisherTrigger", "GattCharacteristicNotificationTrigger",
                    "GattServiceProviderTrigger", "RfcommConnectionTrigger"),
            type("mediaProcessing", "uap", List.of(MEDIA_PROCESSING), "MediaProcessingTrigger"),
            type("chatMessageNotification", "uap", List.of(CUSTOM), "ChatMessageNotificationTrigger",
                    "ChatMessageReceivedNotificationTrigger"),
            type("phoneCall", "uap", List.of(CUSTOM), "PhoneTrigger"),
            type("vpnClient", "uap", List.of(CUSTOM), "VPN plug-in activation"),
            type("startup", "iot", List.of(CUSTOM), "IoT startup task")));

    private final List<TaskType> types;

    /** A table with these rows; {@link #standard()} is the one bgsim uses. */
    public TaskTypeTable(List<TaskType> types) {
        this.types = List.copyOf(types);
    }

    /** The table of every task type Windows manifests use. */
    public static TaskTypeTable standard() {
        return STANDARD;
    }

    private static TaskType type(String name, String schema, List<TriggerKind> kinds, String... windowsTriggers) {
        return new TaskType(name, schema, kinds, List.of(windowsTriggers));
    }

    /** Every row, in table order. */
    public List<TaskType> types() {
        return types;
    }

    /** The row for {@code name} (exact case, as Windows matches it). */
    public Optional<TaskType> find(String name) {
        return types.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** True when {@code name} is a task type. */
    public boolean isKnown(String name) {
        return find(name).isPresent();
    }

    /** Every task type name, in table order, for "expected one of" messages. */
    public List<String> names() {
        return types.stream().map(TaskType::name).toList();
    }

    /** The task types whose tasks may be registered with a {@code kind} trigger. */
    public List<String> taskTypesFor(TriggerKind kind) {
        return types.stream().filter(t -> t.allows(kind)).map(TaskType::name).toList();
    }

    /** The task types a {@code CustomTrigger} may stand for. */
    public List<String> customTaskTypes() {
        return taskTypesFor(CUSTOM);
    }

    /**
     * True when a task declared with {@code declaredTypes} is declared for {@code trigger}: one of
     * its types allows the trigger's kind (for a custom trigger: its task type is declared).
     */
    public boolean declaresTriggerFor(List<String> declaredTypes, TriggerSpec trigger) {
        if (trigger instanceof TriggerSpec.Custom custom) {
            return declaredTypes.contains(custom.taskType());
        }
        return declaredTypes.stream().map(this::find).flatMap(Optional::stream).anyMatch(t -> t.allows(trigger.kind()));
    }

    /**
     * True when a task declared with {@code declaredTypes} is declared for the SDK {@code trigger}
     * (what the broker checks at register()): one of its types allows the trigger's kind; for a
     * {@code CustomTrigger}, its task type is declared.
     */
    public boolean declaresTriggerFor(Collection<String> declaredTypes, BackgroundTrigger trigger) {
        if (trigger instanceof CustomTrigger custom) {
            return declaredTypes.contains(custom.getTaskType());
        }
        TriggerKind kind = TriggerKind.of(trigger);
        return declaredTypes.stream().map(this::find).flatMap(Optional::stream).anyMatch(t -> t.allows(kind));
    }

    /** The task type spelled like {@code name} but in another case ("Timer" → "timer"), for a "did you mean" hint. */
    public Optional<String> sameNameIgnoringCase(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return names().stream().filter(n -> n.toLowerCase(Locale.ROOT).equals(lower)).findFirst();
    }

    /** "unknown task type X; expected one of: ..." hint text with a "did you mean" when the case is off. */
    String expectedHint(String given) {
        String list = "expected one of: " + String.join(", ", names());
        return sameNameIgnoringCase(given).map(n -> "did you mean \"" + n + "\"? Task types are case-sensitive; " + list)
                .orElse(list);
    }
}
