package dev.bgsim.sdk;

/**
 * Notified when the simulated system cancels a task instance (WinRT
 * {@code BackgroundTaskCanceledEventHandler}); added with
 * {@link BackgroundTaskInstance#addCanceledListener}.
 */
@FunctionalInterface
public interface BackgroundTaskCanceledListener {

    /**
     * Called once per cancellation, on a thread other than {@code run()}'s. Return quickly: set a
     * flag your work checks, then let the work stop, complete its deferrals and return from
     * {@code run()} before the grace period (5 seconds on the desktop profile) runs out, or the
     * instance is terminated.
     *
     * @param sender the instance being cancelled
     * @param reason why
     */
    void onCanceled(BackgroundTaskInstance sender, BackgroundTaskCancellationReason reason);
}
