package dev.bgsim.sdk.spi;

import dev.bgsim.sdk.BackgroundActivatedListener;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The base of {@link dev.bgsim.sdk.BackgroundTaskRegistrationGroup}: holds the simulator's
 * {@link TaskGroupHandler} once the group is bound, and the group's background-activated
 * listeners, which the simulator reads through {@link SimulatorBindings} to raise them. For the
 * simulator; task code never uses it.
 */
public abstract class BindableTaskGroup {

    private volatile TaskGroupHandler groupHandler;
    private final List<BackgroundActivatedListener> activatedListeners = new CopyOnWriteArrayList<>();

    /** For the SDK's group class. */
    protected BindableTaskGroup() {
    }

    /** The handler the simulator bound to this group, or null while it is unbound. */
    protected final TaskGroupHandler boundGroupHandler() {
        return groupHandler;
    }

    /** Keeps {@code listener}, for the simulator to raise. */
    protected final void keepActivatedListener(BackgroundActivatedListener listener) {
        activatedListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Forgets one occurrence of {@code listener}; does nothing if it is not kept. */
    protected final void forgetActivatedListener(BackgroundActivatedListener listener) {
        activatedListeners.remove(listener);
    }

    final void bindGroupHandler(TaskGroupHandler handler) {
        this.groupHandler = handler;
    }

    final List<BackgroundActivatedListener> activatedListenersSnapshot() {
        return List.copyOf(activatedListeners);
    }
}
