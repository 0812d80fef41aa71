package dev.bgsim.sdk;

import java.util.Objects;

/**
 * The trigger details of a task run by a {@link DeviceUseTrigger} (WinRT
 * {@code Windows.Devices.Background.DeviceUseDetails}).
 *
 * @param deviceId the device the app named in {@link DeviceUseTrigger#requestAsync(String, String)}
 * @param arguments the arguments string, empty when none were passed
 */
public record DeviceUseDetails(String deviceId, String arguments) {

    /**
     * Creates the details.
     *
     * @throws NullPointerException when an argument is null
     */
    public DeviceUseDetails {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(arguments, "arguments");
    }

    /** The device the task is to use. */
    public String getDeviceId() {
        return deviceId;
    }

    /** The arguments string, empty when none were passed. */
    public String getArguments() {
        return arguments;
    }
}
