package dev.bgsim.sdk;

/**
 * Runs the in-process tasks of a {@link BackgroundTaskRegistrationGroup} (WinRT
 * {@code BackgroundTaskRegistrationGroup.BackgroundActivated}); see
 * {@link BackgroundTaskRegistrationGroup#addBackgroundActivatedListener}.
 */
@FunctionalInterface
public interface BackgroundActivatedListener {

    /**
     * An in-process task of the group must run: treat this method as that task's
     * {@link BackgroundTask#run}, with the same rules as {@link App#onBackgroundActivated}. Called
     * on a thread of its own in the app process.
     *
     * @param sender the group
     * @param args the task instance
     */
    void onBackgroundActivated(BackgroundTaskRegistrationGroup sender, BackgroundActivatedEventArgs args);
}
