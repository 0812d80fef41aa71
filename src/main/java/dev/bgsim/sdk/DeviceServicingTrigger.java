package dev.bgsim.sdk;

import dev.bgsim.sdk.spi.TriggerRequestHandler;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Runs a long task that services a device, such as a firmware update (WinRT
 * {@code DeviceServicingTrigger}); manifest task type {@code deviceServicing}. Trigger details:
 * {@link DeviceServicingDetails}.
 *
 * <p>Out-of-process only: the broker refuses an in-process registration. Signalled by the
 * foreground app like {@link DeviceUseTrigger}. Signal through the trigger object you registered
 * or the one {@link BackgroundTaskRegistration#getTrigger()} returns; a trigger object that was
 * never registered answers {@link DeviceTriggerResult#DENIED_BY_SYSTEM}.
 */
public final class DeviceServicingTrigger extends BackgroundTrigger {

    /** Creates the trigger. */
    public DeviceServicingTrigger() {
    }

    /**
     * Signals the trigger for a device, without arguments.
     *
     * @return a stage completed with the broker's answer
     * @throws NullPointerException when an argument is null
     */
    public CompletionStage<DeviceTriggerResult> requestAsync(String deviceId, Duration expectedDuration) {
        return requestAsync(deviceId, expectedDuration, "");
    }

    /**
     * Signals the trigger for a device: the broker runs the task with a
     * {@link DeviceServicingDetails} as its trigger details, or answers why not. The stage never
     * completes exceptionally for a refusal.
     *
     * @param deviceId the device to service
     * @param expectedDuration how long the servicing is expected to take
     * @param arguments a string for the task
     * @return a stage completed with the broker's answer
     * @throws NullPointerException when an argument is null
     */
    public CompletionStage<DeviceTriggerResult> requestAsync(
            String deviceId, Duration expectedDuration, String arguments) {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(expectedDuration, "expectedDuration");
        Objects.requireNonNull(arguments, "arguments");
        TriggerRequestHandler handler = boundRequestHandler();
        if (handler == null) {
            return CompletableFuture.completedStage(DeviceTriggerResult.DENIED_BY_SYSTEM);
        }
        return handler.requestDeviceServicingTrigger(this, deviceId, expectedDuration, arguments);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeviceServicingTrigger;
    }

    @Override
    public int hashCode() {
        return DeviceServicingTrigger.class.getName().hashCode();
    }

    @Override
    public String toString() {
        return "DeviceServicingTrigger";
    }
}
