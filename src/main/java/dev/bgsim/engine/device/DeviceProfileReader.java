package dev.bgsim.engine.device;

import dev.bgsim.pkg.TriggerKind;
import dev.bgsim.pkg.json.JsonBoolean;
import dev.bgsim.pkg.json.JsonMember;
import dev.bgsim.pkg.json.JsonNull;
import dev.bgsim.pkg.json.JsonNumber;
import dev.bgsim.pkg.json.JsonObject;
import dev.bgsim.pkg.json.JsonString;
import dev.bgsim.pkg.json.JsonSyntaxException;
import dev.bgsim.pkg.json.JsonValue;
import dev.bgsim.pkg.json.LocatedJsonParser;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads a device profile file (SPEC 3.2), built-in or custom, strictly: every field is checked
 * for its type and range, a misspelt field is an error rather than silently ignored, and each
 * error names {@code file:line:col} and what would be right. See docs/device-profiles.md.
 */
final class DeviceProfileReader {
    /** The fields of a profile file, in the order the docs list them. */
    static final List<String> FIELDS = List.of("name", "defaultTimeLimit", "timeLimits", "memoryQuotaMB",
            "gracePeriod", "lowMemoryKills", "idleWatchdog", "refuseUndeclaredTaskTypes", "deviceUseConcurrency",
            "backgroundSuspendDelay");
    /** Windows suspends a minimised app "after a few seconds" (semantics reference 8.3). */
    static final Duration DEFAULT_BACKGROUND_SUSPEND_DELAY = Duration.ofSeconds(10);

    private final String source;

    private DeviceProfileReader(String source) {
        this.source = source;
    }

    /**
     * Reads the profile in {@code json}.
     *
     * @param source      the file, for messages
     * @param defaultName the name when the file gives none (a custom file's base name)
     * @throws IllegalArgumentException {@code source:line:col: what is wrong; what would be right}
     */
    static DeviceProfile read(byte[] json, String source, String defaultName) {
        JsonValue root;
        try {
            root = new LocatedJsonParser().parse(json);
        } catch (JsonSyntaxException e) {
            throw new IllegalArgumentException(source + ":" + e.position() + ": not JSON: " + e.getMessage(), e);
        }
        return new DeviceProfileReader(source).profile(root, defaultName);
    }

    private DeviceProfile profile(JsonValue root, String defaultName) {
        if (!(root instanceof JsonObject object)) {
            throw error(root, "a device profile is a JSON object, not " + root.kindName(),
                    "write { \"name\": \"my-phone\", \"defaultTimeLimit\": \"PT30S\", ... }");
        }
        for (JsonMember m : object.members()) {
            if (!FIELDS.contains(m.name())) {
                throw new IllegalArgumentException(source + ":" + m.namePosition() + ": unknown field \"" + m.name()
                        + "\"; a device profile has " + String.join(", ", FIELDS));
            }
        }
        return new DeviceProfile(
                object.get("name").map(v -> string(v, "name")).orElse(defaultName),
                object.get("defaultTimeLimit").map(v -> duration(v, "defaultTimeLimit")).orElse(Duration.ofSeconds(30)),
                object.get("timeLimits").map(this::timeLimits).orElse(Map.of()),
                object.get("memoryQuotaMB").flatMap(v -> nullable(v, "memoryQuotaMB", "no quota", this::megabytes)),
                object.get("gracePeriod").map(v -> duration(v, "gracePeriod")).orElse(Duration.ofSeconds(5)),
                object.get("lowMemoryKills").map(v -> bool(v, "lowMemoryKills")).orElse(false),
                object.get("idleWatchdog").flatMap(v -> nullable(v, "idleWatchdog", "no watchdog", x -> duration(x, "idleWatchdog"))),
                object.get("refuseUndeclaredTaskTypes").map(v -> bool(v, "refuseUndeclaredTaskTypes")).orElse(false),
                object.get("deviceUseConcurrency").flatMap(v -> nullable(v, "deviceUseConcurrency", "no limit", this::concurrency))
                        .orElse(Integer.MAX_VALUE),
                object.get("backgroundSuspendDelay")
                        .map(v -> nullable(v, "backgroundSuspendDelay", "never", x -> duration(x, "backgroundSuspendDelay")))
                        .orElse(Optional.of(DEFAULT_BACKGROUND_SUSPEND_DELAY)));
    }

    private Map<TriggerKind, Optional<Duration>> timeLimits(JsonValue v) {
        if (!(v instanceof JsonObject object)) {
            throw error(v, "\"timeLimits\" must be an object, not " + v.kindName(),
                    "write { \"APPLICATION\": \"PT10M\", \"DEVICE_USE\": null } (null: no limit)");
        }
        Map<TriggerKind, Optional<Duration>> limits = new EnumMap<>(TriggerKind.class);
        for (JsonMember m : object.members()) {
            TriggerKind kind = Arrays.stream(TriggerKind.values()).filter(k -> k.name().equals(m.name())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(source + ":" + m.namePosition()
                            + ": \"" + m.name() + "\" is no trigger kind; use one of " + kindNames()));
            limits.put(kind, nullable(m.value(), m.name(), "no limit", x -> duration(x, "timeLimits." + m.name())));
        }
        return limits;
    }

    private static String kindNames() {
        return Arrays.stream(TriggerKind.values()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /**
     * JSON null (meaning {@code whatNullMeans}) or a value {@code read} accepts. A refused value's
     * message ends with how to write null in {@code field}, so the user learns both ways to write it.
     */
    private <T> Optional<T> nullable(JsonValue v, String field, String whatNullMeans,
                                     java.util.function.Function<JsonValue, T> read) {
        if (v instanceof JsonNull) {
            return Optional.empty();
        }
        try {
            return Optional.of(read.apply(v));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + ", or \"" + field + "\": null for " + whatNullMeans, e);
        }
    }

    private String string(JsonValue v, String field) {
        if (v instanceof JsonString s && !s.value().isBlank()) {
            return s.value();
        }
        throw error(v, "\"" + field + "\" must be a non-empty string, not " + v.kindName(), "write \"" + field + "\": \"my-phone\"");
    }

    private boolean bool(JsonValue v, String field) {
        if (v instanceof JsonBoolean b) {
            return b.value();
        }
        throw error(v, "\"" + field + "\" must be true or false, not " + v.kindName(), "write \"" + field + "\": true");
    }

    private Duration duration(JsonValue v, String field) {
        String hint = "write an ISO-8601 duration such as \"PT30S\" or \"PT10M\"";
        if (!(v instanceof JsonString s)) {
            throw error(v, "\"" + field + "\" must be a duration string, not " + v.kindName(), hint);
        }
        try {
            Duration d = Duration.parse(s.value());
            if (d.isNegative() || d.isZero()) {
                throw error(v, "\"" + field + "\" must be longer than zero, got " + s.value(), hint);
            }
            return d;
        } catch (DateTimeParseException e) {
            throw error(v, "\"" + field + "\" is no duration: \"" + s.value() + "\"", hint);
        }
    }

    private Long megabytes(JsonValue v) {
        if (v instanceof JsonNumber n && n.isInt() && n.value().signum() > 0 && n.value().longValue() <= 1_048_576) {
            return n.value().longValue() * 1024 * 1024;
        }
        throw error(v, "\"memoryQuotaMB\" must be a whole number of megabytes from 1 to 1048576",
                "write \"memoryQuotaMB\": 16");
    }

    private Integer concurrency(JsonValue v) {
        if (v instanceof JsonNumber n && n.isInt() && n.value().signum() > 0 && n.value().intValue() <= 1000) {
            return n.value().intValue();
        }
        throw error(v, "\"deviceUseConcurrency\" must be a whole number from 1 to 1000",
                "write \"deviceUseConcurrency\": 1");
    }

    private IllegalArgumentException error(JsonValue at, String what, String hint) {
        return new IllegalArgumentException(source + ":" + at.position() + ": " + what + "; " + hint);
    }
}
