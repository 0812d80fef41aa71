package dev.bgsim.engine.workspace;

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
import java.util.LinkedHashMap;
import java.util.Map;

/** Triggers as JSON objects ({@code {"type":"TimeTrigger","freshnessTime":15,"oneShot":false}}) and back. */
public final class TriggerCodec {
    private TriggerCodec() {
    }

    public static Map<String, Object> encode(BackgroundTrigger t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", t.getClass().getSimpleName());
        if (t instanceof SystemTrigger s) {
            m.put("systemTriggerType", s.getTriggerType().name());
            m.put("oneShot", s.isOneShot());
        } else if (t instanceof TimeTrigger tt) {
            m.put("freshnessTime", tt.getFreshnessTime());
            m.put("oneShot", tt.isOneShot());
        } else if (t instanceof MaintenanceTrigger mt) {
            m.put("freshnessTime", mt.getFreshnessTime());
            m.put("oneShot", mt.isOneShot());
        } else if (t instanceof PushNotificationTrigger p) {
            p.getApplicationId().ifPresent(id -> m.put("applicationId", id));
        } else if (t instanceof CustomTrigger c) {
            m.put("taskType", c.getTaskType());
            m.put("name", c.getName());
        } else if (t instanceof ControlChannelTrigger c) {
            m.put("channelId", c.getControlChannelTriggerId());
            m.put("serverKeepAliveIntervalInMinutes", c.getServerKeepAliveIntervalInMinutes());
        }
        return m;
    }

    /** Decodes; throws IllegalArgumentException naming what is wrong. */
    public static BackgroundTrigger decode(Map<String, Object> m) {
        String type = String.valueOf(m.get("type"));
        return switch (type) {
            case "SystemTrigger" -> new SystemTrigger(SystemTriggerType.valueOf(str(m, "systemTriggerType")), bool(m, "oneShot"));
            case "TimeTrigger" -> new TimeTrigger(num(m, "freshnessTime"), bool(m, "oneShot"));
            case "MaintenanceTrigger" -> new MaintenanceTrigger(num(m, "freshnessTime"), bool(m, "oneShot"));
            case "ApplicationTrigger" -> new ApplicationTrigger();
            case "MediaProcessingTrigger" -> new MediaProcessingTrigger();
            case "DeviceUseTrigger" -> new DeviceUseTrigger();
            case "DeviceServicingTrigger" -> new DeviceServicingTrigger();
            case "PushNotificationTrigger" -> m.get("applicationId") == null ? new PushNotificationTrigger()
                    : new PushNotificationTrigger(str(m, "applicationId"));
            case "CustomTrigger" -> new CustomTrigger(str(m, "taskType"), str(m, "name"));
            case "ControlChannelTrigger" -> new ControlChannelTrigger(str(m, "channelId"),
                    num(m, "serverKeepAliveIntervalInMinutes"));
            default -> throw new IllegalArgumentException("unknown trigger type '" + type + "'");
        };
    }

    private static String str(Map<String, Object> m, String k) {
        Object v = m.get(k);
        if (v == null) {
            throw new IllegalArgumentException("trigger field '" + k + "' is missing");
        }
        return v.toString();
    }

    private static boolean bool(Map<String, Object> m, String k) {
        return Boolean.parseBoolean(str(m, k));
    }

    private static int num(Map<String, Object> m, String k) {
        return Integer.parseInt(str(m, k));
    }
}
