package dev.bgsim.sdk;

import dev.bgsim.sdk.spi.TriggerRequestHandler;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Runs a long task that uses a device, such as syncing a sensor (WinRT {@code DeviceUseTrigger});
 * manifest task type {@code deviceUse}. Trigger details: {@link DeviceUseDetails}.
 *
 * <p>Out-of-process only, without conditions, one registration per package: the broker refuses
 * anything else. Only the foreground app may signal it; a request while another device task runs
 * answers {@link DeviceTriggerResult#DENIED_BY_SYSTEM}, one under the battery-saver threshold
 * {@link DeviceTriggerResult#LOW_BATTERY}. The task may run 10 minutes on desktop (no limit on
 * the mobile profiles). Signal through the trigger object you registered or the one
 * {@link BackgroundTaskRegistration#getTrigger()} returns; a trigger object that was never
 * registered answers {@link DeviceTriggerResult#DENIED_BY_SYSTEM}.
 */
public final class DeviceUseTrigger extends BackgroundTrigger {

    /** Creates the trigger. */
    public DeviceUseTrigger() {
    }

    /**
     * Signals the trigger for a device, without arguments.
     *
     * @return a stage completed with the broker's answer
     * @throws NullPointerException when {@code deviceId} is null
     */
    public CompletionStage<DeviceTriggerResult> requestAsync(String deviceId) {
        return requestAsync(deviceId, "");
    }

    /**
     * Signals the trigger for a device: the broker runs the task with a {@link DeviceUseDetails}
     * as its trigger details, or answers why not. The stage never completes exceptionally for a
     * refusal.
     *
     * @param deviceId the device the task is to use
     * @param arguments a string for the task
     * @return a stage completed with the broker's answer
     * @throws NullPointerException when an argument is null
     */
    public CompletionStage<DeviceTriggerResult> requestAsync(String deviceId, String arguments) {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(arguments, "arguments");
        TriggerRequestHandler handler = boundRequestHandler();
        if (handler == null) {
            return CompletableFuture.completedStage(DeviceTriggerResult.DENIED_BY_SYSTEM);
        }
        return handler.requestDeviceUseTrigger(this, deviceId, arguments);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeviceUseTrigger;
    }

    @Override
    public int hashCode() {
        return DeviceUseTrigger.class.getName().hashCode();
    }

    @Override
    public String toString() {
        return "DeviceUseTrigger";
    }
}
