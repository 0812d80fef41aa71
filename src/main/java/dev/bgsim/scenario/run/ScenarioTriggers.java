package dev.bgsim.scenario.run;

import dev.bgsim.engine.trigger.TriggerKind;
import dev.bgsim.scenario.DurationText;
import dev.bgsim.scenario.action.TriggerSpec;
import dev.bgsim.sdk.ApplicationTrigger;
import dev.bgsim.sdk.ApplicationTriggerDetails;
import dev.bgsim.sdk.BackgroundTrigger;
import dev.bgsim.sdk.ControlChannelTrigger;
import dev.bgsim.sdk.CustomTrigger;
import dev.bgsim.sdk.DeviceServicingDetails;
import dev.bgsim.sdk.DeviceServicingTrigger;
import dev.bgsim.sdk.DeviceUseDetails;
import dev.bgsim.sdk.DeviceUseTrigger;
import dev.bgsim.sdk.MaintenanceTrigger;
import dev.bgsim.sdk.MediaProcessingTrigger;
import dev.bgsim.sdk.MediaProcessingTriggerDetails;
import dev.bgsim.sdk.PushNotificationTrigger;
import dev.bgsim.sdk.SystemTrigger;
import dev.bgsim.sdk.TimeTrigger;
import java.util.Map;

/**
 * Turns a scenario's trigger words into SDK triggers, and a fire's {@code arguments} into the
 * trigger details a task sees (SPEC 1: ApplicationTrigger tasks get {@link ApplicationTriggerDetails},
 * custom and push triggers get their payload, system and time triggers get null).
 */
final class ScenarioTriggers {

    private ScenarioTriggers() {
    }

    /** The SDK trigger a {@code register} action asks for; the broker's rules apply when it is registered. */
    static BackgroundTrigger trigger(TriggerSpec spec, String registrationName) {
        if (spec instanceof TriggerSpec.SystemEvent s) {
            return new SystemTrigger(s.event(), s.oneShot());
        } else if (spec instanceof TriggerSpec.Time t) {
            return new TimeTrigger(t.freshnessMinutes(), t.oneShot());
        } else if (spec instanceof TriggerSpec.Maintenance m) {
            return new MaintenanceTrigger(m.freshnessMinutes(), m.oneShot());
        } else if (spec instanceof TriggerSpec.Custom c) {
            return new CustomTrigger(c.taskType(), c.name());
        } else if (spec instanceof TriggerSpec.Plain p) {
            return switch (p.kind()) {
                case APPLICATION -> new ApplicationTrigger();
                case MEDIA_PROCESSING -> new MediaProcessingTrigger();
                case DEVICE_USE -> new DeviceUseTrigger();
                case DEVICE_SERVICING -> new DeviceServicingTrigger();
                case PUSH_NOTIFICATION -> new PushNotificationTrigger();
                // A control channel needs an id; the registration name is the obvious one.
                case CONTROL_CHANNEL -> new ControlChannelTrigger(registrationName);
            };
        }
        throw new IllegalArgumentException("unknown trigger spec " + spec);
    }

    /**
     * The trigger details for a fire with {@code arguments}, by the kind of trigger fired
     * ({@link TriggerKind} name as the engine reports it; null when unknown). Device triggers
     * read {@code deviceId}, {@code arguments} and (servicing) {@code expectedDuration} from the
     * arguments.
     */
    static Object details(String triggerKind, Map<String, Object> arguments) {
        TriggerKind kind = kindOf(triggerKind);
        if (kind == null) {
            return arguments.isEmpty() ? null : arguments;
        }
        return switch (kind) {
            case APPLICATION -> new ApplicationTriggerDetails(arguments);
            case MEDIA_PROCESSING -> new MediaProcessingTriggerDetails(arguments);
            case DEVICE_USE -> new DeviceUseDetails(text(arguments, "deviceId"), text(arguments, "arguments"));
            case DEVICE_SERVICING -> new DeviceServicingDetails(text(arguments, "deviceId"),
                    DurationText.parse(arguments.getOrDefault("expectedDuration", "0s").toString()),
                    text(arguments, "arguments"));
            case CUSTOM, PUSH_NOTIFICATION -> arguments.isEmpty() ? null : arguments;
            case SYSTEM, TIME, MAINTENANCE, CONTROL_CHANNEL -> null;
        };
    }

    /** Whether a trigger of this kind passes a fire's arguments on to the task. */
    static boolean takesArguments(String triggerKind) {
        TriggerKind kind = kindOf(triggerKind);
        return kind == null || switch (kind) {
            case SYSTEM, TIME, MAINTENANCE, CONTROL_CHANNEL -> false;
            default -> true;
        };
    }

    private static TriggerKind kindOf(String name) {
        for (TriggerKind kind : TriggerKind.values()) {
            if (kind.name().equals(name)) {
                return kind;
            }
        }
        return null;
    }

    private static String text(Map<String, Object> arguments, String key) {
        Object value = arguments.get(key);
        return value == null ? "" : value.toString();
    }
}
