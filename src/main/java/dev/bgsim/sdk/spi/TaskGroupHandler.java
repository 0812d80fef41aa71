package dev.bgsim.sdk.spi;

import dev.bgsim.sdk.BackgroundTaskRegistration;
import dev.bgsim.sdk.BackgroundTaskRegistrationGroup;
import java.util.Map;
import java.util.UUID;

/**
 * The simulator's side of a {@link BackgroundTaskRegistrationGroup}. For the simulator; task code
 * never calls it. Bound with {@link SimulatorBindings#bind(BackgroundTaskRegistrationGroup, TaskGroupHandler)}.
 */
@FunctionalInterface
public interface TaskGroupHandler {

    /**
     * The registrations in {@code group} now, by task id, for
     * {@link BackgroundTaskRegistrationGroup#getAllTasks()}: an unmodifiable snapshot, empty when
     * the group holds none. Called on the caller's (app) thread; must not block for long.
     */
    Map<UUID, BackgroundTaskRegistration> getAllTasks(BackgroundTaskRegistrationGroup group);
}
