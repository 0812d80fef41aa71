package dev.bgsim.ui.feed;

import dev.bgsim.ui.timeline.LaneKind;
import dev.bgsim.ui.timeline.SpanTone;
import dev.bgsim.ui.timeline.TimelineModel;
import java.util.Map;

/** The four device lanes (power, battery saver, network, memory) and their state spans. */
final class DeviceLanes {
    private final TimelineModel model;

    DeviceLanes(TimelineModel model) {
        this.model = model;
    }

    void create() {
        model.addLane("power", LaneKind.DEVICE_POWER, "power", 0);
        model.addLane("saver", LaneKind.DEVICE_SAVER, "battery saver", 0);
        model.addLane("network", LaneKind.DEVICE_NETWORK, "network", 0);
        model.addLane("memory", LaneKind.DEVICE_MEMORY, "memory", 0);
        model.setState("power", 0, "AC", SpanTone.GOOD);
        model.setState("saver", 0, "off", SpanTone.QUIET);
        model.setState("network", 0, "online", SpanTone.GOOD);
        model.setState("memory", 0, "normal", SpanTone.QUIET);
    }

    void update(long t, Map<String, Object> s) {
        boolean ac = "AC".equals(s.get("power"));
        model.setState("power", t, ac ? "AC" : "battery " + s.get("batteryPercent") + "%",
                ac ? SpanTone.GOOD : SpanTone.NEUTRAL);
        boolean saverOn = Boolean.TRUE.equals(s.get("batterySaverActive"));
        model.setState("saver", t, saverOn ? "saver on" : "off (" + lower(s.get("batterySaver")) + ")",
                saverOn ? SpanTone.WARNING : SpanTone.QUIET);
        boolean online = Boolean.TRUE.equals(s.get("internet"));
        boolean metered = Boolean.TRUE.equals(s.get("metered"));
        model.setState("network", t, online ? (metered ? "online, metered" : "online") : "offline",
                online ? (metered ? SpanTone.NEUTRAL : SpanTone.GOOD) : SpanTone.DANGER);
        String memory = lower(s.get("memoryPressure"));
        model.setState("memory", t, memory, switch (memory) {
            case "low" -> SpanTone.WARNING;
            case "critical" -> SpanTone.DANGER;
            default -> SpanTone.QUIET;
        });
    }

    private static String lower(Object o) {
        return String.valueOf(o).toLowerCase();
    }
}
