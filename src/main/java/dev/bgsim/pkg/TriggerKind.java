package dev.bgsim.pkg;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of trigger a registration can name, with the {@code "type"} word of bgsim-manifest.json and the SDK class. */
public enum TriggerKind {
    SYSTEM("system", "SystemTrigger"),
    TIME("time", "TimeTrigger"),
    MAINTENANCE("maintenance", "MaintenanceTrigger"),
    APPLICATION("application", "ApplicationTrigger"),
    MEDIA_PROCESSING("mediaProcessing", "MediaProcessingTrigger"),
    DEVICE_USE("deviceUse", "DeviceUseTrigger"),
    DEVICE_SERVICING("deviceServicing", "DeviceServicingTrigger"),
    PUSH_NOTIFICATION("pushNotification", "PushNotificationTrigger"),
    CONTROL_CHANNEL("controlChannel", "ControlChannelTrigger"),
    /** The long tail (location, bluetooth, ...) fired by name: {@code CustomTrigger(taskType, name)}. */
    CUSTOM("custom", "CustomTrigger");

    private final String jsonName;
    private final String sdkClassName;

    TriggerKind(String jsonName, String sdkClassName) {
        this.jsonName = jsonName;
        this.sdkClassName = sdkClassName;
    }

    /** The {@code "type"} value in a manifest registration: {@code "system"}, {@code "time"}... */
    public String jsonName() {
        return jsonName;
    }

    /** The simple name of the SDK trigger class: {@code SystemTrigger}. */
    public String sdkClassName() {
        return sdkClassName;
    }

    /** The kind whose {@link #jsonName()} is {@code name} (exact case). */
    public static Optional<TriggerKind> fromJsonName(String name) {
        return Arrays.stream(values()).filter(k -> k.jsonName.equals(name)).findFirst();
    }

    /** Every JSON name, for error messages. */
    public static List<String> jsonNames() {
        return Arrays.stream(values()).map(TriggerKind::jsonName).toList();
    }
}
