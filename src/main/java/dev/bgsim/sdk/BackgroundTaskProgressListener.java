package dev.bgsim.sdk;

/**
 * Notified of an instance's progress (WinRT {@code BackgroundTaskProgressEventHandler}); see
 * {@link BackgroundTaskRegistration#addProgressListener}.
 */
@FunctionalInterface
public interface BackgroundTaskProgressListener {

    /**
     * Called when an instance of the registration set its progress.
     *
     * @param sender the registration
     * @param args which instance, and its progress
     */
    void onProgress(BackgroundTaskRegistration sender, BackgroundTaskProgressEventArgs args);
}
