package dev.bgsim.scenario.action;

import dev.bgsim.scenario.InstanceRef;
import dev.bgsim.sdk.BackgroundTaskCancellationReason;

import java.util.Objects;

/**
 * The user cancels a running instance with a reason (SPEC 3.7): its canceled listeners run and
 * the grace period starts.
 *
 * @param instance the instance to cancel
 * @param reason   the reason its canceled listeners receive
 */
public record Cancel(InstanceRef instance, BackgroundTaskCancellationReason reason) implements Action {

    /** The {@code "do"} word. */
    public static final String VERB = "cancel";

    public Cancel {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String verb() {
        return VERB;
    }

    @Override
    public String describe() {
        return VERB + " " + instance.describe() + " with " + reason;
    }
}
