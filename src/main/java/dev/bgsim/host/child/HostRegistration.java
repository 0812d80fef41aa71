package dev.bgsim.host.child;

import dev.bgsim.sdk.BackgroundTaskCompletedListener;
import dev.bgsim.sdk.BackgroundTaskProgressListener;
import dev.bgsim.sdk.BackgroundTaskRegistration;
import dev.bgsim.sdk.BackgroundTaskRegistrationGroup;
import dev.bgsim.sdk.BackgroundTrigger;
import java.util.UUID;

/**
 * What {@code getTask()} returns in a host: the registration's name and id. The trigger, group,
 * listeners and unregistering belong to the app process; a host has none of them, so those
 * members say so rather than pretend.
 */
final class HostRegistration implements BackgroundTaskRegistration {
    private final String name;
    private final UUID taskId;

    HostRegistration(String name, UUID taskId) {
        this.name = name;
        this.taskId = taskId;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public UUID getTaskId() {
        return taskId;
    }

    /** Null in a host: the trigger object lives in the app process. */
    @Override
    public BackgroundTrigger getTrigger() {
        return null;
    }

    /** Null in a host: the group object lives in the app process. */
    @Override
    public BackgroundTaskRegistrationGroup getTaskGroup() {
        return null;
    }

    @Override
    public void unregister(boolean cancelTask) {
        throw appOnly("unregister");
    }

    @Override
    public void addProgressListener(BackgroundTaskProgressListener listener) {
        throw appOnly("addProgressListener");
    }

    @Override
    public void removeProgressListener(BackgroundTaskProgressListener listener) {
        throw appOnly("removeProgressListener");
    }

    @Override
    public void addCompletedListener(BackgroundTaskCompletedListener listener) {
        throw appOnly("addCompletedListener");
    }

    @Override
    public void removeCompletedListener(BackgroundTaskCompletedListener listener) {
        throw appOnly("removeCompletedListener");
    }

    private UnsupportedOperationException appOnly(String member) {
        return new UnsupportedOperationException("BackgroundTaskRegistration." + member + " is for the app: an"
                + " out-of-process task (task host) cannot call it; report results through LocalSettings or progress");
    }
}
