package dev.bgsim.scenario.action;

import dev.bgsim.sdk.SystemTriggerType;

import java.util.Objects;
import java.util.Optional;

/**
 * The trigger of a {@link Register} action, in the shape the package manifest's
 * {@code registrations} use: {@code {"type": "system", "systemTriggerType": "TIME_ZONE_CHANGE",
 * "oneShot": false}}. The values are not checked against the broker's rules here (a freshness
 * under 15 minutes is a registration failure a scenario may want to see).
 */
public sealed interface TriggerSpec {

    /** The {@code "type"} word. */
    String type();

    /** One line, e.g. {@code time every 15 min}. */
    String describe();

    /** {@code SystemTrigger(type, oneShot)}. */
    record SystemEvent(SystemTriggerType event, boolean oneShot) implements TriggerSpec {
        public SystemEvent {
            Objects.requireNonNull(event, "event");
        }

        @Override
        public String type() {
            return "system";
        }

        @Override
        public String describe() {
            return "system " + event + (oneShot ? " (one-shot)" : "");
        }
    }

    /** {@code TimeTrigger(freshnessMinutes, oneShot)}. */
    record Time(int freshnessMinutes, boolean oneShot) implements TriggerSpec {
        @Override
        public String type() {
            return "time";
        }

        @Override
        public String describe() {
            return "time every " + freshnessMinutes + " min" + (oneShot ? " (one-shot)" : "");
        }
    }

    /** {@code MaintenanceTrigger(freshnessMinutes, oneShot)}. */
    record Maintenance(int freshnessMinutes, boolean oneShot) implements TriggerSpec {
        @Override
        public String type() {
            return "maintenance";
        }

        @Override
        public String describe() {
            return "maintenance every " + freshnessMinutes + " min" + (oneShot ? " (one-shot)" : "");
        }
    }

    /** {@code CustomTrigger(taskType, name)}: the long tail (location, bluetooth ...) fired by name. */
    record Custom(String taskType, String name) implements TriggerSpec {
        public Custom {
            Objects.requireNonNull(taskType, "taskType");
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String type() {
            return "custom";
        }

        @Override
        public String describe() {
            return "custom " + taskType + " " + name;
        }
    }

    /**
     * {@code ControlChannelTrigger(channelId, keepAliveMinutes)}.
     *
     * @param channelId        the channel's id; empty: the registration's name
     * @param keepAliveMinutes how often the server expects a keep-alive (15 or more, as WinRT)
     */
    record ControlChannel(Optional<String> channelId, int keepAliveMinutes) implements TriggerSpec {
        public ControlChannel {
            Objects.requireNonNull(channelId, "channelId");
        }

        @Override
        public String type() {
            return "controlChannel";
        }

        @Override
        public String describe() {
            return "controlChannel " + channelId.orElse("(named after the registration)") + ", keep-alive every "
                    + keepAliveMinutes + " min";
        }
    }

    /**
     * {@code PushNotificationTrigger(applicationId)}.
     *
     * @param applicationId another application of the package; empty: the package's own
     */
    record PushNotification(Optional<String> applicationId) implements TriggerSpec {
        public PushNotification {
            Objects.requireNonNull(applicationId, "applicationId");
        }

        @Override
        public String type() {
            return "pushNotification";
        }

        @Override
        public String describe() {
            return "pushNotification" + applicationId.map(a -> " for application " + a).orElse("");
        }
    }

    /** A trigger without parameters. */
    record Plain(PlainTriggerType kind) implements TriggerSpec {
        public Plain {
            Objects.requireNonNull(kind, "kind");
        }

        @Override
        public String type() {
            return kind.jsonName();
        }

        @Override
        public String describe() {
            return kind.jsonName();
        }
    }
}
