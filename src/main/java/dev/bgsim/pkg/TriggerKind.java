package dev.bgsim.pkg;

import dev.bgsim.sdk.ApplicationTrigger;
import dev.bgsim.sdk.BackgroundTrigger;
import dev.bgsim.sdk.ControlChannelTrigger;
import dev.bgsim.sdk.CustomTrigger;
import dev.bgsim.sdk.DeviceServicingTrigger;
import dev.bgsim.sdk.DeviceUseTrigger;
import dev.bgsim.sdk.MaintenanceTrigger;
import dev.bgsim.sdk.MediaProcessingTrigger;
import dev.bgsim.sdk.PushNotificationTrigger;
import dev.bgsim.sdk.SystemTrigger;
import dev.bgsim.sdk.TimeTrigger;

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

    /** The kind of an SDK trigger object (what the broker, profiles and the task type table key on). */
    public static TriggerKind of(BackgroundTrigger trigger) {
        if (trigger instanceof SystemTrigger) {
            return SYSTEM;
        } else if (trigger instanceof TimeTrigger) {
            return TIME;
        } else if (trigger instanceof MaintenanceTrigger) {
            return MAINTENANCE;
        } else if (trigger instanceof ApplicationTrigger) {
            return APPLICATION;
        } else if (trigger instanceof MediaProcessingTrigger) {
            return MEDIA_PROCESSING;
        } else if (trigger instanceof DeviceUseTrigger) {
            return DEVICE_USE;
        } else if (trigger instanceof DeviceServicingTrigger) {
            return DEVICE_SERVICING;
        } else if (trigger instanceof PushNotificationTrigger) {
            return PUSH_NOTIFICATION;
        } else if (trigger instanceof ControlChannelTrigger) {
            return CONTROL_CHANNEL;
        } else if (trigger instanceof CustomTrigger) {
            return CUSTOM;
        }
        throw new IllegalArgumentException("unknown trigger class " + trigger.getClass().getName()
                + "; expected one of the SDK trigger classes: " + Arrays.stream(values()).map(TriggerKind::sdkClassName).toList());
    }
}
