package dev.bgsim.engine;

import dev.bgsim.pkg.TriggerKind;
import dev.bgsim.sdk.ApplicationTriggerDetails;
import dev.bgsim.sdk.DeviceServicingDetails;
import dev.bgsim.sdk.DeviceUseDetails;
import dev.bgsim.sdk.MediaProcessingTriggerDetails;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** The trigger details a task sees for user-given arguments, by trigger kind (SPEC 3.4 "arguments dialog"). */
final class TriggerDetailsFactory {
    private TriggerDetailsFactory() {
    }

    /** Details for an app-signalled kind, or null for a kind the app cannot signal. */
    static Object details(TriggerKind kind, Map<String, Object> arguments, String deviceId) {
        Map<String, Object> args = arguments == null ? Map.of() : arguments;
        String device = deviceId == null ? "bgsim-device" : deviceId;
        return switch (kind) {
            case APPLICATION -> new ApplicationTriggerDetails(args);
            case MEDIA_PROCESSING -> new MediaProcessingTriggerDetails(args);
            case DEVICE_USE -> new DeviceUseDetails(device, argumentString(args));
            case DEVICE_SERVICING -> new DeviceServicingDetails(device, Duration.ofMinutes(1), argumentString(args));
            default -> null;
        };
    }

    /**
     * For a fire with arguments: the kind's details, or an unmodifiable copy of the arguments
     * for other kinds. Values are JSON values; JSON null is a value like any other.
     *
     * @throws IllegalArgumentException when a value is not JSON-representable (the message says which)
     */
    static Object detailsOrArguments(TriggerKind kind, Map<?, ?> arguments) {
        Map<String, Object> args = new LinkedHashMap<>();
        arguments.forEach((k, v) -> args.put(String.valueOf(k), v));
        Object d = details(kind, args, null);
        return d != null ? d : dev.bgsim.sdk.JsonValues.immutableCopyOfMap(args, "fire arguments");
    }

    private static String argumentString(Map<String, Object> args) {
        Object a = args.get("arguments");
        return a != null ? a.toString() : args.isEmpty() ? "" : args.toString();
    }
}
