package dev.bgsim.scenario.export;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the trigger text of a {@code RegistrationAdded} event ({@code SystemTrigger[TIME_ZONE_CHANGE,
 * oneShot=false]}, {@code TimeTrigger[freshness=15 min, oneShot=false]}...) and its trigger kind
 * back into a scenario {@code register} trigger object. Empty when the text cannot be read.
 */
final class TriggerText {
    private static final Pattern SYSTEM = Pattern.compile("SystemTrigger\\[(\\w+), oneShot=(true|false)]");
    private static final Pattern FRESHNESS = Pattern.compile("(Time|Maintenance)Trigger\\[freshness=(\\d+) min, oneShot=(true|false)]");
    private static final Pattern CUSTOM = Pattern.compile("CustomTrigger\\[([^,\\]]+), ([^\\]]+)]");
    private static final Pattern CONTROL_CHANNEL = Pattern.compile("ControlChannelTrigger\\[(.+), keepAlive=(\\d+) min]");
    private static final Pattern PUSH_FOR_APP = Pattern.compile("PushNotificationTrigger\\[applicationId=(.+)]");
    private static final Map<String, String> PLAIN = Map.of("APPLICATION", "application", "MEDIA_PROCESSING", "mediaProcessing",
            "DEVICE_USE", "deviceUse", "DEVICE_SERVICING", "deviceServicing", "PUSH_NOTIFICATION", "pushNotification",
            "CONTROL_CHANNEL", "controlChannel");

    private TriggerText() {
    }

    static Optional<ObjectNode> read(String text, String kind) {
        ObjectNode t = JsonNodeFactory.instance.objectNode();
        Matcher m;
        if ((m = SYSTEM.matcher(text)).matches()) {
            t.put("type", "system").put("systemTriggerType", m.group(1)).put("oneShot", Boolean.parseBoolean(m.group(2)));
        } else if ((m = FRESHNESS.matcher(text)).matches()) {
            t.put("type", m.group(1).equals("Time") ? "time" : "maintenance")
                    .put("freshnessMinutes", Integer.parseInt(m.group(2))).put("oneShot", Boolean.parseBoolean(m.group(3)));
        } else if ((m = CUSTOM.matcher(text)).matches()) {
            t.put("type", "custom").put("taskType", m.group(1).strip()).put("name", m.group(2).strip());
        } else if ((m = CONTROL_CHANNEL.matcher(text)).matches()) {
            t.put("type", "controlChannel").put("channelId", m.group(1)).put("keepAliveMinutes", Integer.parseInt(m.group(2)));
        } else if ((m = PUSH_FOR_APP.matcher(text)).matches()) {
            t.put("type", "pushNotification").put("applicationId", m.group(1));
        } else if (PLAIN.containsKey(kind)) {
            t.put("type", PLAIN.get(kind));
        } else {
            return Optional.empty();
        }
        return Optional.of(t);
    }
}
