package dev.bgsim.sdk.spi;

import dev.bgsim.sdk.ApplicationTrigger;
import dev.bgsim.sdk.ApplicationTriggerResult;
import dev.bgsim.sdk.DeviceServicingTrigger;
import dev.bgsim.sdk.DeviceTriggerResult;
import dev.bgsim.sdk.DeviceUseTrigger;
import dev.bgsim.sdk.MediaProcessingTrigger;
import dev.bgsim.sdk.MediaProcessingTriggerResult;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * The simulator's side of the triggers an app signals itself. For the simulator; task code never
 * calls it.
 *
 * <p>Bound to a trigger object with {@link SimulatorBindings#bind}; the trigger's
 * {@code requestAsync} methods call it on the caller's thread (app or task code) after checking
 * their arguments. An implementation must not block that thread: it answers through the returned
 * stage, which it completes once the broker has decided.
 */
public interface TriggerRequestHandler {

    /**
     * {@link ApplicationTrigger#requestAsync(Map)} on a bound trigger.
     *
     * @param arguments an unmodifiable map of JSON-representable values, empty when none were passed
     */
    CompletionStage<ApplicationTriggerResult> requestApplicationTrigger(
            ApplicationTrigger trigger, Map<String, Object> arguments);

    /**
     * {@link MediaProcessingTrigger#requestAsync(Map)} on a bound trigger.
     *
     * @param arguments an unmodifiable map of JSON-representable values, empty when none were passed
     */
    CompletionStage<MediaProcessingTriggerResult> requestMediaProcessingTrigger(
            MediaProcessingTrigger trigger, Map<String, Object> arguments);

    /**
     * {@link DeviceUseTrigger#requestAsync(String, String)} on a bound trigger.
     *
     * @param arguments the arguments string, empty when none were passed
     */
    CompletionStage<DeviceTriggerResult> requestDeviceUseTrigger(
            DeviceUseTrigger trigger, String deviceId, String arguments);

    /**
     * {@link DeviceServicingTrigger#requestAsync(String, Duration, String)} on a bound trigger.
     *
     * @param arguments the arguments string, empty when none were passed
     */
    CompletionStage<DeviceTriggerResult> requestDeviceServicingTrigger(
            DeviceServicingTrigger trigger, String deviceId, Duration expectedDuration, String arguments);
}
