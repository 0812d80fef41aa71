package dev.bgsim.sdk.spi;

import dev.bgsim.sdk.BackgroundActivatedListener;
import dev.bgsim.sdk.BackgroundTaskRegistrationGroup;
import dev.bgsim.sdk.BackgroundTrigger;
import java.util.List;
import java.util.Objects;

/**
 * Binds SDK objects that app code creates with {@code new} to the simulator that serves them. For
 * the simulator; task code never calls it.
 *
 * <p>The binding is stored in the object itself: this class keeps no state. The simulator binds a
 * trigger when it is registered and when it hands one out (as
 * {@link dev.bgsim.sdk.BackgroundTaskRegistration#getTrigger()}), and a group likewise (a builder's
 * group at registration, the groups of {@code AppContext.getTaskGroup} and
 * {@code getAllTaskGroups}); binding again replaces the handler. An unbound trigger answers its
 * requests at once with its "not registered" result; an unbound group has no tasks. A group keeps
 * its background-activated listeners itself, bound or not: the simulator reads them here and
 * raises them.
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

    /** Serves the group's {@code getAllTasks()} from {@code handler} from now on. */
    public static void bind(BackgroundTaskRegistrationGroup group, TaskGroupHandler handler) {
        BindableTaskGroup bindable = Objects.requireNonNull(group, "group");
        bindable.bindGroupHandler(Objects.requireNonNull(handler, "handler"));
    }

    /** Whether the group was bound to a simulator. */
    public static boolean isBound(BackgroundTaskRegistrationGroup group) {
        BindableTaskGroup bindable = Objects.requireNonNull(group, "group");
        return bindable.boundGroupHandler() != null;
    }

    /**
     * The group's background-activated listeners now, in the order they were added: an
     * unmodifiable snapshot, for the simulator to raise one after another on the activation's own
     * thread in the app process, as {@link BackgroundActivatedListener} promises.
     */
    public static List<BackgroundActivatedListener> backgroundActivatedListeners(BackgroundTaskRegistrationGroup group) {
        BindableTaskGroup bindable = Objects.requireNonNull(group, "group");
        return bindable.activatedListenersSnapshot();
    }
}
