package dev.bgsim.scenario.run;

import dev.bgsim.scenario.action.TriggerSpec;
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
import dev.bgsim.sdk.TimeTrigger;

/**
 * Turns a scenario's trigger words ({@code register}) into SDK triggers.
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
        } else if (spec instanceof TriggerSpec.ControlChannel c) {
            // A control channel needs an id; the registration name is the obvious one when none is given.
            return new ControlChannelTrigger(c.channelId().orElse(registrationName), c.keepAliveMinutes());
        } else if (spec instanceof TriggerSpec.PushNotification p) {
            return p.applicationId().map(PushNotificationTrigger::new).orElseGet(PushNotificationTrigger::new);
        } else if (spec instanceof TriggerSpec.Plain p) {
            return switch (p.kind()) {
                case APPLICATION -> new ApplicationTrigger();
                case MEDIA_PROCESSING -> new MediaProcessingTrigger();
                case DEVICE_USE -> new DeviceUseTrigger();
                case DEVICE_SERVICING -> new DeviceServicingTrigger();
            };
        }
        throw new IllegalArgumentException("unknown trigger spec " + spec);
    }
}
