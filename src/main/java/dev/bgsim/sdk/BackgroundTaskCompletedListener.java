package dev.bgsim.sdk;

/**
 * Notified when an instance ends (WinRT {@code BackgroundTaskCompletedEventHandler}); see
 * {@link BackgroundTaskRegistration#addCompletedListener}.
 */
@FunctionalInterface
public interface BackgroundTaskCompletedListener {

    /**
     * Called when an instance of the registration ended. Call {@code args.checkResult()} to learn
     * whether it failed or was terminated.
     *
     * @param sender the registration
     * @param args which instance, and how it ended
     */
    void onCompleted(BackgroundTaskRegistration sender, BackgroundTaskCompletedEventArgs args);
}
