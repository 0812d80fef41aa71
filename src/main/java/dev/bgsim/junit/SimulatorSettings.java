package dev.bgsim.junit;

import dev.bgsim.engine.EngineConfig;
import dev.bgsim.engine.device.DeviceProfile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * How a test's simulator starts.
 *
 * @param profile  device profile name or custom profile path
 * @param start    the simulated start instant
 * @param recordTo where to record the session, if anywhere
 */
public record SimulatorSettings(String profile, Instant start, Optional<Path> recordTo) {
    /** Desktop, the default start, no recording. */
    public static SimulatorSettings defaults() {
        return new SimulatorSettings("desktop", EngineConfig.DEFAULT_START, Optional.empty());
    }

    /**
     * The settings an annotation asks for.
     *
     * @throws IllegalArgumentException naming the attribute that is wrong
     */
    static SimulatorSettings of(BgsimTest annotation) {
        Instant start = EngineConfig.DEFAULT_START;
        if (!annotation.start().isBlank()) {
            try {
                start = Instant.parse(annotation.start());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("@BgsimTest(start = \"" + annotation.start()
                        + "\") is not an ISO-8601 instant; write it like 2026-01-01T08:00:00Z", e);
            }
        }
        Optional<Path> record = annotation.recordTo().isBlank() ? Optional.empty() : Optional.of(Path.of(annotation.recordTo()));
        return new SimulatorSettings(annotation.profile(), start, record);
    }

    /** The engine configuration: paused at the start, time skipping as in headless runs. */
    EngineConfig engineConfig() {
        DeviceProfile deviceProfile;
        try {
            deviceProfile = DeviceProfile.named(profile);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("@BgsimTest(profile = \"" + profile + "\"): " + e.getMessage(), e);
        }
        return new EngineConfig(start, deviceProfile, EngineConfig.defaults().initialDevice(), 1.0, true,
                true, EngineConfig.defaults().busyThreshold(), EngineConfig.defaults().ticker(),
                EngineConfig.defaults().wallClock(), EngineConfig.defaults().skipPolicy());
    }
}
