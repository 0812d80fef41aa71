package dev.bgsim.engine;

import dev.bgsim.engine.device.DeviceProfile;
import dev.bgsim.engine.device.DeviceState;
import dev.bgsim.engine.time.SkipPolicy;
import dev.bgsim.engine.time.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * How to create an {@link Engine}. Workspace-independent: persistence plugs in through stores.
 *
 * @param start          simulated start instant (default 2026-01-01T08:00:00Z)
 * @param profile        device profile (default desktop)
 * @param initialDevice  device state at start
 * @param speed          real-time factor while time flows, 0.25..100
 * @param timeSkipping   jump to the next due entry when nothing holds the clock
 * @param startPaused    start with the clock paused
 * @param busyThreshold  real time a piece of task code may run before it counts as real work
 * @param ticker         real-time source (inject a ManualTicker in tests)
 * @param wallClock      wall clock for event wall times
 * @param skipPolicy     when skipping may jump: ALWAYS (SPEC 3.1, headless) or WHILE_TASKS_WAIT (GUI)
 */
public record EngineConfig(Instant start, DeviceProfile profile, DeviceState initialDevice, double speed,
                           boolean timeSkipping, boolean startPaused, Duration busyThreshold, Ticker ticker,
                           Clock wallClock, SkipPolicy skipPolicy) {
    public static final Instant DEFAULT_START = Instant.parse("2026-01-01T08:00:00Z");

    public EngineConfig {
        if (speed < 0.25 || speed > 100) {
            throw new IllegalArgumentException("speed must be between 0.25 and 100, was " + speed);
        }
    }

    public static EngineConfig defaults() {
        return new EngineConfig(DEFAULT_START, DeviceProfile.builtIn("desktop"), DeviceState.initial(), 1.0, true, false,
                Duration.ofMillis(200), Ticker.system(), Clock.systemUTC(), SkipPolicy.ALWAYS);
    }

    public EngineConfig withProfile(DeviceProfile p) {
        return new EngineConfig(start, p, initialDevice, speed, timeSkipping, startPaused, busyThreshold, ticker, wallClock, skipPolicy);
    }

    public EngineConfig withDevice(DeviceState d) {
        return new EngineConfig(start, profile, d, speed, timeSkipping, startPaused, busyThreshold, ticker, wallClock, skipPolicy);
    }

    public EngineConfig withStartPaused(boolean p) {
        return new EngineConfig(start, profile, initialDevice, speed, timeSkipping, p, busyThreshold, ticker, wallClock, skipPolicy);
    }

    public EngineConfig withSpeed(double s) {
        return new EngineConfig(start, profile, initialDevice, s, timeSkipping, startPaused, busyThreshold, ticker, wallClock, skipPolicy);
    }

    public EngineConfig withSkipPolicy(SkipPolicy p) {
        return new EngineConfig(start, profile, initialDevice, speed, timeSkipping, startPaused, busyThreshold, ticker, wallClock, p);
    }

    public EngineConfig withTicker(Ticker t) {
        return new EngineConfig(start, profile, initialDevice, speed, timeSkipping, startPaused, busyThreshold, t, wallClock,
                skipPolicy);
    }
}
