package dev.bgsim.ui.registry;

import dev.bgsim.pkg.TriggerKind;
import dev.bgsim.pkg.TriggerSpec;
import dev.bgsim.sdk.SystemTriggerType;
import java.util.List;

/**
 * What the register-by-hand dialog's trigger fields hold, turned into a trigger. Only the kinds a
 * person can set up from a few fields are offered; a control channel or a custom trigger needs ids
 * only an app knows, so those are registered by the app or listed in the manifest.
 *
 * @param kind             the trigger class
 * @param freshnessMinutes for time and maintenance triggers
 * @param systemEvent      for system triggers
 * @param oneShot          for time, maintenance and system triggers
 */
public record TriggerChoice(TriggerKind kind, int freshnessMinutes, SystemTriggerType systemEvent, boolean oneShot) {
    /** The kinds the dialog offers, most used first. */
    public static final List<TriggerKind> OFFERED = List.of(TriggerKind.TIME, TriggerKind.MAINTENANCE,
            TriggerKind.SYSTEM, TriggerKind.APPLICATION, TriggerKind.PUSH_NOTIFICATION,
            TriggerKind.MEDIA_PROCESSING, TriggerKind.DEVICE_USE, TriggerKind.DEVICE_SERVICING);

    /** The trigger, or an exception whose message says which field to fix. */
    public TriggerSpec toSpec() {
        return switch (kind) {
            case TIME -> TriggerSpec.time(freshness(), oneShot);
            case MAINTENANCE -> TriggerSpec.maintenance(freshness(), oneShot);
            case SYSTEM -> {
                if (systemEvent == null) {
                    throw new IllegalArgumentException("choose the system event that fires it");
                }
                yield TriggerSpec.system(systemEvent, oneShot);
            }
            case PUSH_NOTIFICATION -> TriggerSpec.pushNotification(null);
            case APPLICATION, MEDIA_PROCESSING, DEVICE_USE, DEVICE_SERVICING -> TriggerSpec.plain(kind);
            default -> throw new IllegalArgumentException(kind.sdkClassName()
                    + " cannot be set up here; register it from the app or list it in the manifest");
        };
    }

    /** Freshness is passed on as typed: under 15 minutes the broker refuses it, in its own words. */
    private int freshness() {
        if (freshnessMinutes <= 0) {
            throw new IllegalArgumentException("freshness must be a whole number of minutes, at least 15");
        }
        return freshnessMinutes;
    }

    /** Whether the freshness field means something for {@code kind}. */
    public static boolean hasFreshness(TriggerKind kind) {
        return kind == TriggerKind.TIME || kind == TriggerKind.MAINTENANCE;
    }

    /** Whether the one-shot box means something for {@code kind}. */
    public static boolean hasOneShot(TriggerKind kind) {
        return hasFreshness(kind) || kind == TriggerKind.SYSTEM;
    }
}
