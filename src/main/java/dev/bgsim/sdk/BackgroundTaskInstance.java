package dev.bgsim.sdk;

import java.util.UUID;

/**
 * One activation of a background task (WinRT {@code IBackgroundTaskInstance}): what
 * {@link BackgroundTask#run} receives, and what {@link App#onBackgroundActivated} receives for an
 * in-process task. The simulator creates a new instance every time a trigger fires and the task
 * starts.
 *
 * <p>The instance completes when {@code run()} has returned and every deferral taken from it has
 * been completed. When that happens, work the task started and did not cover with a deferral
 * (threads, timers) is stopped. The instance fails when {@code run()} throws or a task thread dies
 * with an exception. It may be cancelled (see {@link #addCanceledListener}), and terminated when it
 * does not finish within the grace period after a cancellation, or when the host is killed.
 *
 * <p>Methods may be called from any thread of the task.
 */
public interface BackgroundTaskInstance {

    /** A unique id, made by the simulator when the instance was created. */
    UUID getInstanceId();

    /** The registration this instance runs for (its name, task id and trigger). */
    BackgroundTaskRegistration getTask();

    /**
     * What the trigger passed: an {@link ApplicationTriggerDetails} for an
     * {@link ApplicationTrigger}, a {@link MediaProcessingTriggerDetails} for a
     * {@link MediaProcessingTrigger}, a {@link DeviceUseDetails} or {@link DeviceServicingDetails}
     * for the device triggers, the payload for a {@link PushNotificationTrigger} (a String) or a
     * {@link CustomTrigger} (a JSON-representable value or null), and null for system, time,
     * maintenance and control-channel triggers.
     */
    Object getTriggerDetails();

    /** The progress last set with {@link #setProgress(int)}; 0 at start. */
    int getProgress();

    /**
     * Reports progress, a percentage. The simulator delivers it to the registration's progress
     * listeners in the app (while the app runs; on resume if it is suspended) and shows it on the
     * timeline; every value is recorded.
     *
     * @param progress 0 to 100
     * @throws IllegalArgumentException when {@code progress} is outside 0..100
     */
    void setProgress(int progress);

    /**
     * How many times the simulator suspended this instance's host (or, in-process, the app) while
     * the instance ran. A suspended instance makes no progress and its time limit does not run.
     */
    int getSuspendedCount();

    /**
     * Takes a deferral: the instance stays alive after {@code run()} returns until every deferral
     * taken is completed. Take one per asynchronous piece of work (or one around all of it) and
     * complete it when that work is done. A deferral does not extend the time limit: when the limit
     * runs out the instance is cancelled with {@link BackgroundTaskCancellationReason#EXECUTION_TIME_EXCEEDED}
     * all the same.
     */
    BackgroundTaskDeferral getDeferral();

    /**
     * Adds a listener for cancellation. Add it at the start of {@code run()}, before any work. Each
     * cancellation raises every listener once, on a thread other than {@code run()}'s, with the
     * reason. The grace period (5 seconds on the desktop profile) starts then: complete your
     * deferrals and return from {@code run()} within it, or the instance is terminated, and with it
     * every other instance in its host process (in-process: the whole app). Some terminations
     * raise no listener at all: low memory on the mobile profiles, a host that is killed.
     */
    void addCanceledListener(BackgroundTaskCanceledListener listener);

    /** Removes a listener added with {@link #addCanceledListener}; does nothing if it was not added. */
    void removeCanceledListener(BackgroundTaskCanceledListener listener);

    /**
     * The simulated clock. Use it instead of {@link Thread#sleep}, {@link System#currentTimeMillis}
     * and executors, so that the simulator can skip time and runs repeat exactly.
     */
    TaskClock getClock();

    /** The package's local settings, shared with the app and its other tasks. */
    LocalSettings getLocalSettings();

    /** Toasts, tile and badge: the only UI a background task may show. */
    Notifications getNotifications();

    /** Power, battery, network and memory as the simulated device sees them now. */
    SystemStatus getSystemStatus();

    /**
     * A logger whose messages go to bgsim's event log and recording, marked with this instance.
     * Output on {@code System.out} and {@code System.err} is captured too, but without levels.
     */
    System.Logger getLogger();
}
