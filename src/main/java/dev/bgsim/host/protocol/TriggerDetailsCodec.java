package dev.bgsim.host.protocol;

import dev.bgsim.sdk.ApplicationTriggerDetails;
import dev.bgsim.sdk.DeviceServicingDetails;
import dev.bgsim.sdk.DeviceUseDetails;
import dev.bgsim.sdk.JsonValues;
import dev.bgsim.sdk.MediaProcessingTriggerDetails;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Trigger details across the process boundary: {@link #kindOf} and {@link #toWire} on the parent
 * side give the {@code detailsKind} and {@code details} fields of START_INSTANCE; {@link #fromWire}
 * on the child side makes the SDK object the task sees. Stateless.
 */
public final class TriggerDetailsCodec {
    /** No details (system, time, maintenance, control-channel triggers). */
    public static final String NONE = "none";
    /** A JSON value passed through as it is (push: a String; custom: any JSON value). */
    public static final String PAYLOAD = "payload";
    public static final String APPLICATION = "application";
    public static final String MEDIA_PROCESSING = "mediaProcessing";
    public static final String DEVICE_USE = "deviceUse";
    public static final String DEVICE_SERVICING = "deviceServicing";

    private TriggerDetailsCodec() {
    }

    /** The {@code detailsKind} for an SDK details object (or a JSON payload, or null). */
    public static String kindOf(Object details) {
        if (details == null) {
            return NONE;
        }
        if (details instanceof ApplicationTriggerDetails) {
            return APPLICATION;
        }
        if (details instanceof MediaProcessingTriggerDetails) {
            return MEDIA_PROCESSING;
        }
        if (details instanceof DeviceUseDetails) {
            return DEVICE_USE;
        }
        if (details instanceof DeviceServicingDetails) {
            return DEVICE_SERVICING;
        }
        JsonValues.requireJsonValue(details, "trigger payload");
        return PAYLOAD;
    }

    /** The JSON form of {@code details}, to go with {@link #kindOf}. */
    public static Object toWire(Object details) {
        if (details instanceof ApplicationTriggerDetails a) {
            return a.getArguments();
        }
        if (details instanceof MediaProcessingTriggerDetails m) {
            return m.getArguments();
        }
        if (details instanceof DeviceUseDetails d) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("deviceId", d.getDeviceId());
            out.put("arguments", d.getArguments());
            return out;
        }
        if (details instanceof DeviceServicingDetails d) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("deviceId", d.getDeviceId());
            out.put("expectedDurationNanos", d.getExpectedDuration().toNanos());
            out.put("arguments", d.getArguments());
            return out;
        }
        return details;
    }

    /**
     * The SDK object for a {@code detailsKind} and its JSON form.
     *
     * @throws ProtocolException when the kind is unknown or the JSON has the wrong shape
     */
    @SuppressWarnings("unchecked")
    public static Object fromWire(String kind, Object wire) throws ProtocolException {
        try {
            return switch (kind) {
                case NONE -> null;
                case PAYLOAD -> wire;
                case APPLICATION -> new ApplicationTriggerDetails((Map<String, Object>) wire);
                case MEDIA_PROCESSING -> new MediaProcessingTriggerDetails((Map<String, Object>) wire);
                case DEVICE_USE -> {
                    Map<String, Object> m = (Map<String, Object>) wire;
                    yield new DeviceUseDetails((String) m.get("deviceId"), (String) m.get("arguments"));
                }
                case DEVICE_SERVICING -> {
                    Map<String, Object> m = (Map<String, Object>) wire;
                    yield new DeviceServicingDetails((String) m.get("deviceId"),
                            Duration.ofNanos(((Number) m.get("expectedDurationNanos")).longValue()),
                            (String) m.get("arguments"));
                }
                default -> throw new ProtocolException("unknown trigger details kind \"" + kind + "\"");
            };
        } catch (ClassCastException | NullPointerException | IllegalArgumentException e) {
            throw new ProtocolException("trigger details of kind \"" + kind + "\" have the wrong shape: " + wire, e);
        }
    }
}
