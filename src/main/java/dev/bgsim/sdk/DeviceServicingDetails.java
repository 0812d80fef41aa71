package dev.bgsim.sdk;

import java.time.Duration;
import java.util.Objects;

/**
 * The trigger details of a task run by a {@link DeviceServicingTrigger} (WinRT
 * {@code Windows.Devices.Background.DeviceServicingDetails}).
 *
 * @param deviceId the device to service
 * @param expectedDuration how long the app said the servicing would take
 * @param arguments the arguments string, empty when none were passed
 */
public record DeviceServicingDetails(String deviceId, Duration expectedDuration, String arguments) {

    /**
     * Creates the details.
     *
     * @throws NullPointerException when an argument is null
     */
    public DeviceServicingDetails {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(expectedDuration, "expectedDuration");
        Objects.requireNonNull(arguments, "arguments");
    }

    /** The device to service. */
    public String getDeviceId() {
        return deviceId;
    }

    /** How long the app said the servicing would take. */
    public Duration getExpectedDuration() {
        return expectedDuration;
    }

    /** The arguments string, empty when none were passed. */
    public String getArguments() {
        return arguments;
    }
}
