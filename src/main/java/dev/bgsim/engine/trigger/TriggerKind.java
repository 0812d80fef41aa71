package dev.bgsim.engine.trigger;

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

/** The kind of a trigger, as profiles, the broker and the task-type table see it. */
public enum TriggerKind {
    SYSTEM,
    TIME,
    MAINTENANCE,
    APPLICATION,
    MEDIA_PROCESSING,
    DEVICE_USE,
    DEVICE_SERVICING,
    PUSH_NOTIFICATION,
    CONTROL_CHANNEL,
    CUSTOM;

    /** The kind of an SDK trigger object. */
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
        throw new IllegalArgumentException("unknown trigger class " + trigger.getClass().getName());
    }
}
