package dev.bgsim.pkg;

import java.util.Objects;

/**
 * The trigger of a manifest registration, as data. Only the fields of its kind are set:
 * {@code systemTriggerType} and {@code oneShot} for SYSTEM; {@code freshnessMinutes} and
 * {@code oneShot} for TIME and MAINTENANCE; {@code customTaskType} and {@code customName} for
 * CUSTOM; nothing for the others.
 *
 * @param kind              the trigger class
 * @param systemTriggerType the {@code SystemTriggerType} constant name ({@code TIME_ZONE_CHANGE}), or null
 * @param freshnessMinutes  the freshness of a time or maintenance trigger, or null
 * @param oneShot           fire once, then the registration is consumed
 * @param customTaskType    the manifest task type a custom trigger stands for ({@code location}), or null
 * @param customName        the name a custom trigger is fired by, or null
 */
public record TriggerSpec(TriggerKind kind, String systemTriggerType, Integer freshnessMinutes, boolean oneShot,
                          String customTaskType, String customName) {

    public TriggerSpec {
        Objects.requireNonNull(kind, "kind");
        boolean system = kind == TriggerKind.SYSTEM;
        boolean timed = kind == TriggerKind.TIME || kind == TriggerKind.MAINTENANCE;
        boolean custom = kind == TriggerKind.CUSTOM;
        require(system == (systemTriggerType != null), "systemTriggerType goes with SYSTEM triggers only");
        require(timed == (freshnessMinutes != null), "freshnessMinutes goes with TIME and MAINTENANCE triggers only");
        require(custom == (customTaskType != null) && custom == (customName != null),
                "customTaskType and customName go with CUSTOM triggers only");
        require(!oneShot || system || timed, "oneShot goes with SYSTEM, TIME and MAINTENANCE triggers only");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    public static TriggerSpec system(String systemTriggerType, boolean oneShot) {
        return new TriggerSpec(TriggerKind.SYSTEM, systemTriggerType, null, oneShot, null, null);
    }

    public static TriggerSpec time(int freshnessMinutes, boolean oneShot) {
        return new TriggerSpec(TriggerKind.TIME, null, freshnessMinutes, oneShot, null, null);
    }

    public static TriggerSpec maintenance(int freshnessMinutes, boolean oneShot) {
        return new TriggerSpec(TriggerKind.MAINTENANCE, null, freshnessMinutes, oneShot, null, null);
    }

    public static TriggerSpec custom(String taskType, String name) {
        return new TriggerSpec(TriggerKind.CUSTOM, null, null, false, taskType, name);
    }

    /** A trigger without parameters: application, mediaProcessing, deviceUse, deviceServicing, pushNotification, controlChannel. */
    public static TriggerSpec plain(TriggerKind kind) {
        return new TriggerSpec(kind, null, null, false, null, null);
    }

    /** Reads like the SDK constructor call: {@code SystemTrigger(TIME_ZONE_CHANGE, oneShot=false)}. */
    public String describe() {
        return switch (kind) {
            case SYSTEM -> kind.sdkClassName() + "(" + systemTriggerType + ", oneShot=" + oneShot + ")";
            case TIME, MAINTENANCE -> kind.sdkClassName() + "(" + freshnessMinutes + " min, oneShot=" + oneShot + ")";
            case CUSTOM -> kind.sdkClassName() + "(" + customTaskType + ", \"" + customName + "\")";
            default -> kind.sdkClassName() + "()";
        };
    }

    @Override
    public String toString() {
        return describe();
    }
}
