package dev.bgsim.sdk;

import java.util.Map;
import java.util.UUID;

/**
 * What the simulated system offers a running app: registration, background access, settings,
 * the clock, notifications and device state. Given to the {@link App} callbacks; valid for the
 * life of the app process, from any of its threads.
 */
public interface AppContext {

    /** Background access for this app: request it before registering tasks. */
    BackgroundExecutionManager getBackgroundExecutionManager();

    /** A new, empty builder to register a background task. */
    BackgroundTaskBuilder newTaskBuilder();

    /**
     * The package's registrations that are not in a group, by task id (WinRT
     * {@code BackgroundTaskRegistration.AllTasks}): an unmodifiable snapshot. Registrations outlive
     * the app process; within one process the same registration object is returned each time, and
     * after a restart new objects come without listeners, so re-attach them on every launch.
     */
    Map<UUID, BackgroundTaskRegistration> getAllTasks();

    /**
     * The package's task groups that hold at least one registration, by group id (WinRT
     * {@code BackgroundTaskRegistration.AllTaskGroups}): an unmodifiable snapshot.
     */
    Map<String, BackgroundTaskRegistrationGroup> getAllTaskGroups();

    /**
     * The group with this id, or null when no registration is in it (WinRT
     * {@code BackgroundTaskRegistration.GetTaskGroup}). The pattern: use this group if there is
     * one, else {@code new BackgroundTaskRegistrationGroup(id, name)}, then attach its listener.
     */
    BackgroundTaskRegistrationGroup getTaskGroup(String id);

    /** The package's local settings, shared with its tasks. */
    LocalSettings getLocalSettings();

    /** The simulated clock, for the app's own waits and timers. */
    TaskClock getClock();

    /** Toasts, tile and badge. */
    Notifications getNotifications();

    /** Power, battery, network and memory as the simulated device sees them now. */
    SystemStatus getSystemStatus();
}
