package dev.bgsim.sdk;

/**
 * Keeps a task instance alive after {@code run()} returns (WinRT {@code BackgroundTaskDeferral}),
 * taken with {@link BackgroundTaskInstance#getDeferral()}.
 */
public interface BackgroundTaskDeferral {

    /**
     * Tells the simulator that the work this deferral covers is done. The instance completes when
     * {@code run()} has returned and all its deferrals are completed. Completing a deferral twice
     * is harmless (the checker reports it). Any thread may call it.
     */
    void complete();
}
