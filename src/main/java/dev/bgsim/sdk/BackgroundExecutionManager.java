package dev.bgsim.sdk;

import java.util.concurrent.CompletionStage;

/**
 * The app's background access (WinRT {@code BackgroundExecutionManager}). The answer follows the
 * user's setting for the package in bgsim ("Managed by Windows", "Always allowed", "Never
 * allowed"), as on Windows 10, where no prompt is shown.
 */
public interface BackgroundExecutionManager {

    /**
     * Requests background access. Call it before registering tasks (and, after an app update,
     * after {@link #removeAccess()}): without it, {@link TimeTrigger} and {@link ApplicationTrigger}
     * tasks register but never run. The stage completes with the resulting status; it does not
     * complete exceptionally.
     */
    CompletionStage<BackgroundAccessStatus> requestAccessAsync();

    /** The current status, without requesting anything: {@link BackgroundAccessStatus#UNSPECIFIED} before a request. */
    BackgroundAccessStatus getAccessStatus();

    /**
     * Removes the app's access: the status becomes {@link BackgroundAccessStatus#UNSPECIFIED} until
     * the next {@link #requestAccessAsync()}. Registrations are kept; running tasks are cancelled
     * with {@link BackgroundTaskCancellationReason#SYSTEM_POLICY}.
     */
    void removeAccess();
}
