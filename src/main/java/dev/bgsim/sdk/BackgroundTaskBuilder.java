package dev.bgsim.sdk;

/**
 * Describes a background task and registers it with the simulated broker (WinRT
 * {@code BackgroundTaskBuilder}); made by {@link AppContext#newTaskBuilder()}. Setters return this
 * builder. A builder may register several times; each {@link #register()} makes a new registration.
 */
public interface BackgroundTaskBuilder {

    /**
     * Sets the registration's name. Names are not unique: two registrations with one name both
     * run on each trigger (the checker warns), so look in {@link AppContext#getAllTasks()} first.
     */
    BackgroundTaskBuilder setName(String name);

    /** The name set, or null. */
    String getName();

    /**
     * Sets the class that runs the task, fully qualified and case-sensitive, for example
     * {@code "tasks.SampleBackgroundTask"}: an out-of-process task, run in a task host process.
     * The class must be declared in the manifest with the trigger's task type. Null (the default)
     * or empty: an in-process task, run by {@link App#onBackgroundActivated} in the app's process.
     */
    BackgroundTaskBuilder setTaskEntryPoint(String entryPoint);

    /** The entry point set, or null for an in-process task. */
    String getTaskEntryPoint();

    /** Sets the trigger; one per registration, required. */
    BackgroundTaskBuilder setTrigger(BackgroundTrigger trigger);

    /** Adds a condition; the task starts only when all of them hold. Not allowed with a {@link DeviceUseTrigger}. */
    BackgroundTaskBuilder addCondition(SystemCondition condition);

    /**
     * Whether a running task is cancelled with {@link BackgroundTaskCancellationReason#CONDITION_LOSS}
     * when one of its conditions stops holding. Default false: the task keeps running.
     */
    BackgroundTaskBuilder setCancelOnConditionLoss(boolean cancelOnConditionLoss);

    /** Whether {@link #setCancelOnConditionLoss} is on. */
    boolean isCancelOnConditionLoss();

    /** Whether the network is kept up for the task while it runs, even in standby. Default false. */
    BackgroundTaskBuilder setNetworkRequested(boolean networkRequested);

    /** Whether {@link #setNetworkRequested} is on. */
    boolean isNetworkRequested();

    /**
     * Puts the registration in a group. A grouped registration is not in
     * {@link AppContext#getAllTasks()}, and an in-process grouped task is run by the group's
     * listeners instead of {@link App#onBackgroundActivated}.
     */
    BackgroundTaskBuilder setTaskGroup(BackgroundTaskRegistrationGroup group);

    /** The group set, or null. */
    BackgroundTaskRegistrationGroup getTaskGroup();

    /**
     * Registers the task. The registration persists across app and simulator restarts until it
     * is unregistered or the package is uninstalled. Battery saver never blocks registration;
     * without requested access, time and application triggers register but never run.
     *
     * @return the new registration, its trigger bound to the simulator
     * @throws BackgroundTaskRegistrationException when the broker refuses: its
     *         {@link BackgroundTaskRegistrationException#getReason() reason} says why and what to do
     */
    BackgroundTaskRegistration register() throws BackgroundTaskRegistrationException;
}
