package dev.bgsim.engine.broker;

import dev.bgsim.engine.host.EnginePort;
import dev.bgsim.sdk.BackgroundTaskCompletedListener;
import dev.bgsim.sdk.BackgroundTaskProgressListener;
import dev.bgsim.sdk.BackgroundTaskRegistration;
import dev.bgsim.sdk.BackgroundTaskRegistrationGroup;
import dev.bgsim.sdk.BackgroundTrigger;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/**
 * BackgroundTaskRegistration as app and task code see it. Listeners are kept here; the engine
 * delivers to them on an app thread under the baton. unregister goes through the broker.
 */
public final class RegistrationFacade implements BackgroundTaskRegistration {
    private final UUID taskId;
    private final String name;
    private final BackgroundTrigger trigger;
    private final BackgroundTaskRegistrationGroup group;
    private final EnginePort port;
    private final BiConsumer<UUID, Boolean> unregister;
    final List<BackgroundTaskProgressListener> progressListeners = new CopyOnWriteArrayList<>();
    final List<BackgroundTaskCompletedListener> completedListeners = new CopyOnWriteArrayList<>();

    public RegistrationFacade(UUID taskId, String name, BackgroundTrigger trigger, BackgroundTaskRegistrationGroup group,
                              EnginePort port, BiConsumer<UUID, Boolean> unregister) {
        this.taskId = taskId;
        this.name = name;
        this.trigger = trigger;
        this.group = group;
        this.port = port;
        this.unregister = unregister;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public UUID getTaskId() {
        return taskId;
    }

    @Override
    public BackgroundTrigger getTrigger() {
        return trigger;
    }

    @Override
    public BackgroundTaskRegistrationGroup getTaskGroup() {
        return group;
    }

    @Override
    public void unregister(boolean cancelTask) {
        port.call(() -> {
            unregister.accept(taskId, cancelTask);
            return null;
        });
    }

    @Override
    public void addProgressListener(BackgroundTaskProgressListener listener) {
        progressListeners.add(listener);
    }

    @Override
    public void removeProgressListener(BackgroundTaskProgressListener listener) {
        progressListeners.remove(listener);
    }

    @Override
    public void addCompletedListener(BackgroundTaskCompletedListener listener) {
        completedListeners.add(listener);
    }

    @Override
    public void removeCompletedListener(BackgroundTaskCompletedListener listener) {
        completedListeners.remove(listener);
    }

    public List<BackgroundTaskProgressListener> progressListeners() {
        return List.copyOf(progressListeners);
    }

    public List<BackgroundTaskCompletedListener> completedListeners() {
        return List.copyOf(completedListeners);
    }
}
