package dev.bgsim.engine.device;

import dev.bgsim.pkg.TriggerKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A device profile (SPEC 3.2) as data: time limits per trigger kind, memory quota, grace period,
 * low-memory kills, idle watchdog, strictness. Built-in profiles are JSON resources next to this
 * class; a custom profile is a JSON file of the same shape.
 *
 * @param name                      profile name
 * @param defaultTimeLimit          limit for kinds not in {@code timeLimits}
 * @param timeLimits                per trigger kind; an absent value ({@link Optional#empty()}) means no limit
 * @param memoryQuotaBytes          per host; empty: none
 * @param gracePeriod               after cancellation
 * @param lowMemoryKills            low memory terminates background tasks without callback
 * @param idleWatchdog              a deferral held with no activity this long → IDLE_TASK; empty: off
 * @param refuseUndeclaredTaskTypes registration refused when the trigger's task type is not declared
 * @param deviceUseConcurrency      DeviceUseTrigger instances allowed at once (device-wide)
 * @param backgroundSuspendDelay    how long an app stays running in the background before the system
 *                                  suspends it (SPEC 3.9); empty: the system never suspends apps itself
 */
public record DeviceProfile(String name, Duration defaultTimeLimit, Map<TriggerKind, Optional<Duration>> timeLimits,
                            Optional<Long> memoryQuotaBytes, Duration gracePeriod, boolean lowMemoryKills,
                            Optional<Duration> idleWatchdog, boolean refuseUndeclaredTaskTypes,
                            int deviceUseConcurrency, Optional<Duration> backgroundSuspendDelay) {

    /** The names of the built-in profiles. */
    public static final List<String> BUILT_IN = List.of("desktop", "mobile-512mb", "mobile-1gb", "mobile-2gb",
            "xbox", "iot", "strict");

    public DeviceProfile {
        timeLimits = Map.copyOf(timeLimits);
    }

    /** The time limit for a trigger kind; empty when unlimited. */
    public Optional<Duration> timeLimitFor(TriggerKind kind) {
        Optional<Duration> v = timeLimits.get(kind);
        return v != null ? v : Optional.of(defaultTimeLimit);
    }

    /** Loads a built-in profile by name. */
    public static DeviceProfile builtIn(String name) {
        if (!BUILT_IN.contains(name)) {
            throw new IllegalArgumentException("unknown device profile '" + name + "'; built-in profiles: "
                    + String.join(", ", BUILT_IN) + ", or a path to a custom JSON profile");
        }
        try (InputStream in = DeviceProfile.class.getResourceAsStream("profiles/" + name + ".json")) {
            if (in == null) {
                throw new IllegalStateException("built-in profile resource missing: " + name);
            }
            return DeviceProfileReader.read(in.readAllBytes(), name + ".json", name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Loads a custom profile from a JSON file (docs/device-profiles.md).
     *
     * @throws IllegalArgumentException {@code file:line:col: what is wrong; what would be right}
     */
    public static DeviceProfile fromFile(Path file) throws IOException {
        String base = file.getFileName().toString().replaceFirst("\\.json$", "");
        return DeviceProfileReader.read(Files.readAllBytes(file), file.toString(), base);
    }

    /** A built-in name or a path to a JSON file. */
    public static DeviceProfile named(String nameOrPath) throws IOException {
        return BUILT_IN.contains(nameOrPath) ? builtIn(nameOrPath) : fromFile(Path.of(nameOrPath));
    }
}
