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
import dev.bgsim.sdk.SystemTriggerType;
import dev.bgsim.sdk.TimeTrigger;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The trigger of a manifest registration, as data: one record per shape of parameters.
 * {@link #toSdkTrigger()} builds the SDK trigger the app would have passed to
 * {@code BackgroundTaskBuilder.setTrigger}.
 */
public sealed interface TriggerSpec {

    /** Which trigger class. */
    TriggerKind kind();

    /** The parameters by their bgsim-manifest.json names, in order (for reports). */
    Map<String, Object> parameters();

    /** A new SDK trigger object, as the app would build it (objects with request state are never shared). */
    BackgroundTrigger toSdkTrigger();

    /** Reads like the SDK constructor call: {@code SystemTrigger(TIME_ZONE_CHANGE, oneShot=false)}. */
    default String describe() {
        StringBuilder s = new StringBuilder(kind().sdkClassName()).append('(');
        String separator = "";
        for (Map.Entry<String, Object> p : parameters().entrySet()) {
            s.append(separator).append(p.getKey()).append('=').append(p.getValue());
            separator = ", ";
        }
        return s.append(')').toString();
    }

    static TriggerSpec system(SystemTriggerType type, boolean oneShot) {
        return new SystemEvent(type, oneShot);
    }

    static TriggerSpec time(int freshnessMinutes, boolean oneShot) {
        return new Timed(TriggerKind.TIME, freshnessMinutes, oneShot);
    }

    static TriggerSpec maintenance(int freshnessMinutes, boolean oneShot) {
        return new Timed(TriggerKind.MAINTENANCE, freshnessMinutes, oneShot);
    }

    static TriggerSpec custom(String taskType, String name) {
        return new Custom(taskType, name);
    }

    static TriggerSpec controlChannel(String channelId, int keepAliveMinutes) {
        return new ControlChannel(channelId, keepAliveMinutes);
    }

    static TriggerSpec pushNotification(String applicationId) {
        return new PushNotification(applicationId);
    }

    /** Application, mediaProcessing, deviceUse or deviceServicing: no parameters. */
    static TriggerSpec plain(TriggerKind kind) {
        return new Plain(kind);
    }

    private static Map<String, Object> ordered(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                map.put((String) keyValues[i], keyValues[i + 1]);
            }
        }
        return Collections.unmodifiableMap(map);
    }

    /** {@code SystemTrigger(type, oneShot)}. */
    record SystemEvent(SystemTriggerType systemTriggerType, boolean oneShot) implements TriggerSpec {
        public SystemEvent {
            Objects.requireNonNull(systemTriggerType, "systemTriggerType");
        }

        @Override
        public TriggerKind kind() {
            return TriggerKind.SYSTEM;
        }

        @Override
        public Map<String, Object> parameters() {
            return ordered("systemTriggerType", systemTriggerType.name(), "oneShot", oneShot);
        }

        @Override
        public BackgroundTrigger toSdkTrigger() {
            return new SystemTrigger(systemTriggerType, oneShot);
        }
    }

    /** {@code TimeTrigger} or {@code MaintenanceTrigger(freshnessMinutes, oneShot)}. */
    record Timed(TriggerKind kind, int freshnessMinutes, boolean oneShot) implements TriggerSpec {
        public Timed {
            if (kind != TriggerKind.TIME && kind != TriggerKind.MAINTENANCE) {
                throw new IllegalArgumentException("a timed trigger is TIME or MAINTENANCE, not " + kind);
            }
        }

        @Override
        public Map<String, Object> parameters() {
            return ordered("freshnessMinutes", freshnessMinutes, "oneShot", oneShot);
        }

        @Override
        public BackgroundTrigger toSdkTrigger() {
            return kind == TriggerKind.TIME ? new TimeTrigger(freshnessMinutes, oneShot) : new MaintenanceTrigger(freshnessMinutes, oneShot);
        }
    }

    /** {@code CustomTrigger(taskType, name)}: the long tail, fired by name. */
    record Custom(String taskType, String name) implements TriggerSpec {
        public Custom {
            Objects.requireNonNull(taskType, "taskType");
            Objects.requireNonNull(name, "name");
        }

        @Override
        public TriggerKind kind() {
            return TriggerKind.CUSTOM;
        }

        @Override
        public Map<String, Object> parameters() {
            return ordered("taskType", taskType, "name", name);
        }

        @Override
        public BackgroundTrigger toSdkTrigger() {
            return new CustomTrigger(taskType, name);
        }
    }

    /** {@code ControlChannelTrigger(channelId, keepAliveMinutes)}. */
    record ControlChannel(String channelId, int keepAliveMinutes) implements TriggerSpec {
        public ControlChannel {
            Objects.requireNonNull(channelId, "channelId");
        }

        @Override
        public TriggerKind kind() {
            return TriggerKind.CONTROL_CHANNEL;
        }

        @Override
        public Map<String, Object> parameters() {
            return ordered("channelId", channelId, "keepAliveMinutes", keepAliveMinutes);
        }

        @Override
        public BackgroundTrigger toSdkTrigger() {
            return new ControlChannelTrigger(channelId, keepAliveMinutes);
        }
    }

    /** {@code PushNotificationTrigger([applicationId])}. */
    record PushNotification(String applicationId) implements TriggerSpec {
        @Override
        public TriggerKind kind() {
            return TriggerKind.PUSH_NOTIFICATION;
        }

        @Override
        public Map<String, Object> parameters() {
            return ordered("applicationId", applicationId);
        }

        @Override
        public BackgroundTrigger toSdkTrigger() {
            return applicationId == null ? new PushNotificationTrigger() : new PushNotificationTrigger(applicationId);
        }
    }

    /** A trigger without parameters: application, mediaProcessing, deviceUse, deviceServicing. */
    record Plain(TriggerKind kind) implements TriggerSpec {
        public Plain {
            if (kind != TriggerKind.APPLICATION && kind != TriggerKind.MEDIA_PROCESSING
                    && kind != TriggerKind.DEVICE_USE && kind != TriggerKind.DEVICE_SERVICING) {
                throw new IllegalArgumentException(kind + " triggers have parameters; use their own record");
            }
        }

        @Override
        public Map<String, Object> parameters() {
            return Map.of();
        }

        @Override
        public BackgroundTrigger toSdkTrigger() {
            return switch (kind) {
                case APPLICATION -> new ApplicationTrigger();
                case MEDIA_PROCESSING -> new MediaProcessingTrigger();
                case DEVICE_USE -> new DeviceUseTrigger();
                default -> new DeviceServicingTrigger();
            };
        }
    }
}
