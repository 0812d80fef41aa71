package dev.bgsim.engine.device;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bgsim.pkg.TriggerKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Iterator;
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
 */
public record DeviceProfile(String name, Duration defaultTimeLimit, Map<TriggerKind, Optional<Duration>> timeLimits,
                            Optional<Long> memoryQuotaBytes, Duration gracePeriod, boolean lowMemoryKills,
                            Optional<Duration> idleWatchdog, boolean refuseUndeclaredTaskTypes,
                            int deviceUseConcurrency) {

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
            return parse(new ObjectMapper().readTree(in), name + ".json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads a custom profile from a JSON file. */
    public static DeviceProfile fromFile(Path file) throws IOException {
        return parse(new ObjectMapper().readTree(Files.readAllBytes(file)), file.toString());
    }

    /** A built-in name or a path to a JSON file. */
    public static DeviceProfile named(String nameOrPath) throws IOException {
        return BUILT_IN.contains(nameOrPath) ? builtIn(nameOrPath) : fromFile(Path.of(nameOrPath));
    }

    private static DeviceProfile parse(JsonNode n, String source) {
        try {
            Map<TriggerKind, Optional<Duration>> limits = new EnumMap<>(TriggerKind.class);
            JsonNode tl = n.path("timeLimits");
            for (Iterator<Map.Entry<String, JsonNode>> it = tl.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                limits.put(TriggerKind.valueOf(e.getKey()), optionalDuration(e.getValue()));
            }
            return new DeviceProfile(
                    n.path("name").asText(),
                    Duration.parse(n.path("defaultTimeLimit").asText("PT30S")),
                    limits,
                    n.path("memoryQuotaMB").isNumber() ? Optional.of(n.path("memoryQuotaMB").asLong() * 1024 * 1024)
                            : Optional.empty(),
                    Duration.parse(n.path("gracePeriod").asText("PT5S")),
                    n.path("lowMemoryKills").asBoolean(false),
                    optionalDuration(n.path("idleWatchdog")),
                    n.path("refuseUndeclaredTaskTypes").asBoolean(false),
                    n.path("deviceUseConcurrency").asInt(Integer.MAX_VALUE));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(source + ": not a valid device profile: " + e.getMessage()
                    + " (expected name, defaultTimeLimit (ISO-8601 like PT30S), timeLimits {KIND: PT10M|null},"
                    + " memoryQuotaMB, gracePeriod, lowMemoryKills, idleWatchdog, refuseUndeclaredTaskTypes)", e);
        }
    }

    private static Optional<Duration> optionalDuration(JsonNode v) {
        return v == null || v.isNull() || v.isMissingNode() ? Optional.empty() : Optional.of(Duration.parse(v.asText()));
    }
}
