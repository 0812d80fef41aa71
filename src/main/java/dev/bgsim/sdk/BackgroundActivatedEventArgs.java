package dev.bgsim.sdk;

/**
 * The activation of an in-process task (WinRT {@code BackgroundActivatedEventArgs}), given to
 * {@link App#onBackgroundActivated} or a group's {@link BackgroundActivatedListener}.
 */
public interface BackgroundActivatedEventArgs {

    /** The task instance to run: everything {@link BackgroundTask#run} would get. */
    BackgroundTaskInstance getTaskInstance();
}
