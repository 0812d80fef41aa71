package dev.bgsim.engine.device;

import dev.bgsim.sdk.SystemTriggerType;
import java.util.ArrayList;
import java.util.List;

/**
 * Which system events a device state change raises (SPEC 3.4), as one table read top to bottom.
 */
public final class SystemEventRules {
    private SystemEventRules() {
    }

    /** The system events raised by going from {@code before} to {@code after}, in a fixed order. */
    public static List<SystemTriggerType> eventsFor(DeviceState before, DeviceState after) {
        List<SystemTriggerType> out = new ArrayList<>();
        if (!before.internet() && after.internet()) {
            out.add(SystemTriggerType.INTERNET_AVAILABLE);
        }
        if (before.internet() != after.internet() || before.metered() != after.metered()) {
            out.add(SystemTriggerType.NETWORK_STATE_CHANGE);
        }
        if (!before.userPresent() && after.userPresent()) {
            out.add(SystemTriggerType.USER_PRESENT);
        }
        if (before.userPresent() && !after.userPresent()) {
            out.add(SystemTriggerType.USER_AWAY);
        }
        if (!before.sessionConnected() && after.sessionConnected()) {
            out.add(SystemTriggerType.SESSION_CONNECTED);
        }
        boolean powerChanged = before.power() != after.power() || before.saverActive() != after.saverActive();
        if (powerChanged) {
            out.add(SystemTriggerType.POWER_STATE_CHANGE);
        }
        if (before.workCost() != after.workCost() || powerChanged) {
            out.add(SystemTriggerType.BACKGROUND_WORK_COST_CHANGE);
        }
        return out;
    }
}
