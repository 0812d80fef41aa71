package dev.bgsim.engine.trigger;

import dev.bgsim.sdk.BackgroundTrigger;
import dev.bgsim.sdk.CustomTrigger;
import java.util.Map;
import java.util.Set;

/**
 * Manifest task types → trigger kinds (SPEC 3.3, semantics reference 9.3), as data. Custom
 * triggers name their own task type ({@code location}, {@code bluetooth}, ...).
 */
public final class TaskTypeTable {
    private static final Map<TriggerKind, Set<String>> TYPES_FOR_KIND = Map.of(
            TriggerKind.SYSTEM, Set.of("systemEvent"),
            TriggerKind.TIME, Set.of("timer"),
            TriggerKind.MAINTENANCE, Set.of("general"),
            TriggerKind.APPLICATION, Set.of("general"),
            TriggerKind.MEDIA_PROCESSING, Set.of("mediaProcessing"),
            TriggerKind.DEVICE_USE, Set.of("deviceUse"),
            TriggerKind.DEVICE_SERVICING, Set.of("deviceServicing"),
            TriggerKind.PUSH_NOTIFICATION, Set.of("pushNotification"),
            TriggerKind.CONTROL_CHANNEL, Set.of("controlChannel"));

    private TaskTypeTable() {
    }

    /** The manifest task types that declare a task for this trigger. */
    public static Set<String> taskTypesFor(BackgroundTrigger trigger) {
        if (trigger instanceof CustomTrigger custom) {
            return Set.of(custom.getTaskType());
        }
        return TYPES_FOR_KIND.getOrDefault(TriggerKind.of(trigger), Set.of());
    }

    /** Whether a task declared with {@code declaredTypes} is declared for {@code trigger}. */
    public static boolean declares(Set<String> declaredTypes, BackgroundTrigger trigger) {
        for (String t : taskTypesFor(trigger)) {
            if (declaredTypes.contains(t)) {
                return true;
            }
        }
        return false;
    }
}
