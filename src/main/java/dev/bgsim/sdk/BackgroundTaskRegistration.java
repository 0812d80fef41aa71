package dev.bgsim.sdk;

import java.util.UUID;

/**
 * A registered background task (WinRT {@code BackgroundTaskRegistration}): made by
 * {@link BackgroundTaskBuilder#register()}, found again in {@link AppContext#getAllTasks()} or a
 * group's {@link BackgroundTaskRegistrationGroup#getAllTasks()}.
 *
 * <p>Listeners belong to this object, not to the registration: after the app restarts, find the
 * registration again and re-attach them. They are called on a thread of the app process, in the
 * order the events happened, only while the app runs: events that happen while it is suspended
 * are delivered on resume, those that happen after it was terminated are not delivered.
 */
public interface BackgroundTaskRegistration {

    /** The name given at registration (not unique). */
    String getName();

    /** The unique id the simulator gave the registration. */
    UUID getTaskId();

    /** The trigger, bound to the simulator: an {@link ApplicationTrigger} from here can be signalled. */
    BackgroundTrigger getTrigger();

    /** The group the registration is in, or null. */
    BackgroundTaskRegistrationGroup getTaskGroup();

    /**
     * Removes the registration: its trigger no longer runs the task.
     *
     * @param cancelTask true: running instances are cancelled with
     *        {@link BackgroundTaskCancellationReason#ABORT}; false: they are left to finish
     */
    void unregister(boolean cancelTask);

    /** Adds a listener for the progress instances of this registration report. */
    void addProgressListener(BackgroundTaskProgressListener listener);

    /** Removes a progress listener; does nothing if it was not added. */
    void removeProgressListener(BackgroundTaskProgressListener listener);

    /**
     * Adds a listener for instances of this registration that end: completed, cancelled and
     * completed, failed, or terminated (call {@link BackgroundTaskCompletedEventArgs#checkResult()}).
     */
    void addCompletedListener(BackgroundTaskCompletedListener listener);

    /** Removes a completed listener; does nothing if it was not added. */
    void removeCompletedListener(BackgroundTaskCompletedListener listener);
}
