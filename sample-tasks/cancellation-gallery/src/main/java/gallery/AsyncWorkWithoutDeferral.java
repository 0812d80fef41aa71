package gallery;

import dev.bgsim.sdk.BackgroundTask;
import dev.bgsim.sdk.BackgroundTaskInstance;
import java.time.Duration;

/**
 * PITFALL: starts asynchronous work and returns from {@code run()} without a deferral.
 *
 * <blockquote>If your background task class runs asynchronous code, make sure to use deferrals.
 * Otherwise your background task may be terminated prematurely when the Run method
 * returns.</blockquote>
 *
 * <p>{@code run()} returns at once, so the instance completes at once, and the timer it set is
 * work nobody waits for: bgsim stops it (event {@code WorkAbandoned}) and {@code Work done} is
 * never written.
 *
 * <p>The twin, {@link AsyncWorkWithDeferral}, takes a deferral before starting the work and
 * completes it when the work is done.
 */
public final class AsyncWorkWithoutDeferral implements BackgroundTask {

    private static final Duration WORK_TIME = Duration.ofSeconds(2);

    @Override
    public void run(BackgroundTaskInstance taskInstance) {
        String name = taskInstance.getTask().getName();
        taskInstance.addCanceledListener((sender, reason) ->
                taskInstance.getLocalSettings().put(name, "Canceled with reason: " + reason.name()));

        // The bug: nothing keeps the instance alive until this timer has run.
        taskInstance.getClock().createTimer(
                () -> taskInstance.getLocalSettings().put(name, "Work done"), WORK_TIME);
    }
}
