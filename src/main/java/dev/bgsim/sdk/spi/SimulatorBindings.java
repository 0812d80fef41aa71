package dev.bgsim.sdk.spi;

import dev.bgsim.sdk.BackgroundTrigger;
import java.util.Objects;

/**
 * Binds SDK objects that app code creates with {@code new} to the simulator that serves them. For
 * the simulator; task code never calls it.
 *
 * <p>The binding is stored in the object itself: this class keeps no state. The simulator binds a
 * trigger when it is registered and when it hands one out (as
 * {@link dev.bgsim.sdk.BackgroundTaskRegistration#getTrigger()}); binding again replaces the
 * handler. An unbound trigger answers its requests at once with its "not registered" result.
 */
public final class SimulatorBindings {

    private SimulatorBindings() {
    }

    /** Routes the trigger's {@code requestAsync} calls to {@code handler} from now on. */
    public static void bind(BackgroundTrigger trigger, TriggerRequestHandler handler) {
        BindableTrigger bindable = Objects.requireNonNull(trigger, "trigger");
        bindable.bindRequestHandler(Objects.requireNonNull(handler, "handler"));
    }

    /** Whether the trigger was bound to a simulator. */
    public static boolean isBound(BackgroundTrigger trigger) {
        BindableTrigger bindable = Objects.requireNonNull(trigger, "trigger");
        return bindable.boundRequestHandler() != null;
    }
}
