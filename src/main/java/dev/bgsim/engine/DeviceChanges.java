package dev.bgsim.engine;

import dev.bgsim.engine.broker.Broker;
import dev.bgsim.engine.broker.Outcome;
import dev.bgsim.engine.device.DeviceState;
import dev.bgsim.engine.device.SystemEventRules;
import dev.bgsim.engine.event.EventLog;
import dev.bgsim.engine.event.Events;
import dev.bgsim.engine.event.Subjects;
import dev.bgsim.engine.time.EntryKind;
import dev.bgsim.engine.time.Schedule;
import dev.bgsim.engine.time.ScheduleEntry;
import dev.bgsim.engine.time.SimClock;
import dev.bgsim.sdk.SystemTriggerType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Device state changes (SPEC 3.2): each one is an event, raises the matching system events and
 * re-evaluates the gates. Also the battery: on battery with a drain rate, one labelled schedule
 * entry per percent; automatic battery saver switches on at the threshold and off on AC, each
 * with a BatterySaverSwitched event. Engine thread only, except {@link #current()}.
 */
final class DeviceChanges {
    private final SimClock clock;
    private final Schedule schedule;
    private final EventLog log;
    private Broker broker;
    private volatile DeviceState device;
    private ScheduleEntry drain;

    DeviceChanges(SimClock clock, Schedule schedule, EventLog log, DeviceState initial) {
        this.clock = clock;
        this.schedule = schedule;
        this.log = log;
        this.device = initial;
    }

    void connect(Broker b) {
        this.broker = b;
    }

    /** Any thread. The device as task threads see it. */
    DeviceState current() {
        return device;
    }

    /** Engine thread only. Starts the battery drain for the initial state. */
    void start() {
        armDrain();
    }

    /** Engine thread only. Replaces the device state; {@code why} is said when battery saver flips by itself. */
    Outcome set(DeviceState next, String why) {
        DeviceState before = device;
        if (next.equals(before)) {
            return Outcome.ok("no change");
        }
        device = next;
        List<String> changed = changedFields(before, next);
        log.emit(Subjects.NONE, new Events.DeviceStateChanged(changed, describe(next), why));
        if (before.saverActive() != next.saverActive() && before.saverMode() == next.saverMode()) {
            log.emit(Subjects.NONE, new Events.BatterySaverSwitched(next.saverActive(), next.batteryPercent(),
                    next.saverActive() ? "automatic battery saver: battery at " + next.batteryPercent()
                            + "%, threshold " + next.saverThresholdPercent() + "%" : "battery saver off: " + why));
        }
        if (before.memoryPressure() != next.memoryPressure()) {
            broker.lowMemoryNotice();
        }
        broker.reevaluate();
        for (SystemTriggerType t : SystemEventRules.eventsFor(before, next)) {
            broker.raiseSystemEvent(t, "SYSTEM_EVENT");
        }
        if (before.power() != next.power() || before.drainPercentPerHour() != next.drainPercentPerHour()
                || before.batteryPercent() != next.batteryPercent()) {
            armDrain();
        }
        return Outcome.ok("device: " + String.join(", ", changed));
    }

    /** One entry per percent while on battery with a drain rate. */
    private void armDrain() {
        if (drain != null) {
            drain.cancel();
            drain = null;
        }
        DeviceState d = device;
        if (!d.onBattery() || d.drainPercentPerHour() <= 0 || d.batteryPercent() == 0) {
            return;
        }
        Duration perPercent = Duration.ofNanos((long) (Duration.ofHours(1).toNanos() / d.drainPercentPerHour()));
        int to = d.batteryPercent() - 1;
        drain = schedule.add(clock.now().plus(perPercent), EntryKind.BATTERY_DRAIN, "battery drain to " + to + "% ("
                + d.drainPercentPerHour() + "%/h on battery)", () -> {
                    drain = null;
                    set(device.withBatteryPercent(to), "battery drain");
                });
    }

    static List<String> changedFields(DeviceState a, DeviceState b) {
        List<String> out = new ArrayList<>();
        Map<String, Object> ma = describe(a);
        Map<String, Object> mb = describe(b);
        for (String k : ma.keySet()) {
            if (!ma.get(k).equals(mb.get(k))) {
                out.add(k);
            }
        }
        return out;
    }

    static Map<String, Object> describe(DeviceState d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("power", d.power().name());
        m.put("batteryPercent", d.batteryPercent());
        m.put("drainPercentPerHour", d.drainPercentPerHour());
        m.put("batterySaver", d.saverMode().name());
        m.put("batterySaverThreshold", d.saverThresholdPercent());
        m.put("batterySaverActive", d.saverActive());
        m.put("internet", d.internet());
        m.put("metered", d.metered());
        m.put("userPresent", d.userPresent());
        m.put("sessionConnected", d.sessionConnected());
        m.put("screenOn", d.screenOn());
        m.put("memoryPressure", d.memoryPressure().name());
        return m;
    }
}
