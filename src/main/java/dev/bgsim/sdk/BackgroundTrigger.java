package dev.bgsim.sdk;

import dev.bgsim.sdk.spi.BindableTrigger;

/**
 * What makes a background task run (WinRT {@code IBackgroundTrigger}); set with
 * {@link BackgroundTaskBuilder#setTrigger(BackgroundTrigger)}.
 *
 * <p>The subclasses are the SDK's trigger classes; there are no others (use
 * {@link CustomTrigger} for the triggers bgsim has no class for). Their constructors check only
 * for null: the rules on their values (freshness at least 15 minutes, say) are the broker's and
 * are checked by {@link BackgroundTaskBuilder#register()}. Triggers are equal when they are of the
 * same class with the same parameters, whether or not they are registered.
 *
 * <p>Any trigger can be fired by hand in bgsim. A normal fire obeys conditions and policy and says
 * what stopped it; a forced fire skips them and is marked forced on the timeline.
 */
public abstract sealed class BackgroundTrigger extends BindableTrigger
        permits SystemTrigger, TimeTrigger, MaintenanceTrigger, ApplicationTrigger, MediaProcessingTrigger,
        DeviceUseTrigger, DeviceServicingTrigger, PushNotificationTrigger, ControlChannelTrigger, CustomTrigger {

    /** Only the SDK's trigger classes, the permitted ones, extend this class. */
    BackgroundTrigger() {
    }
}
