package dev.bgsim.pkg;

import java.util.List;
import java.util.Objects;

/**
 * One row of the {@link TaskTypeTable}: a manifest task type and the triggers it allows.
 *
 * @param name            the {@code Type} attribute value ({@code systemEvent})
 * @param schema          which manifest schema defines it (for messages: "foundation", "uap", "iot")
 * @param triggerKinds    the bgsim trigger kinds a task of this type may be registered with
 * @param windowsTriggers the WinRT trigger classes behind it, for reports
 */
public record TaskType(String name, String schema, List<TriggerKind> triggerKinds, List<String> windowsTriggers) {
    public TaskType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(schema, "schema");
        triggerKinds = List.copyOf(triggerKinds);
        windowsTriggers = List.copyOf(windowsTriggers);
    }

    /** True when a task of this type may be registered with a trigger of {@code kind}. */
    public boolean allows(TriggerKind kind) {
        return triggerKinds.contains(kind);
    }
}
