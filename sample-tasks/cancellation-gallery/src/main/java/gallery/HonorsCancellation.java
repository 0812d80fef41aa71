package gallery;

import dev.bgsim.sdk.BackgroundTask;
import dev.bgsim.sdk.BackgroundTaskCancellationReason;
import dev.bgsim.sdk.BackgroundTaskInstance;
import java.time.Duration;

/**
 * CORRECT TWIN of {@link IgnoresCancellation}: the same minute of work, stopped within a second
 * of any cancellation.
 *
 * <p>The canceled listener is added before the work starts and only records the reason (it runs
 * on another thread and should return quickly). The loop checks it between steps, so the task
 * stops, leaves {@code Canceled with reason: <reason>} for the app and returns from {@code run()}
 * well inside the grace period: the instance ends CANCELED, not terminated. The work is
 * synchronous, in {@code run()} itself, so it needs no deferral.
 *
 * <p>The gallery also registers it with a maintenance trigger ({@code MaintenanceHonorsCancellation}),
 * which is cancelled with ABORT when the device leaves AC power.
 */
public final class HonorsCancellation implements BackgroundTask {

    private static final int STEPS = 60;
    private static final Duration STEP_TIME = Duration.ofSeconds(1);

    private volatile BackgroundTaskCancellationReason cancelReason;

    @Override
    public void run(BackgroundTaskInstance taskInstance) throws InterruptedException {
        taskInstance.addCanceledListener((sender, reason) -> cancelReason = reason);

        for (int step = 1; step <= STEPS && cancelReason == null; step++) {
            // Short sleeps: a cancellation does not wake a sleeping thread, the next check sees it.
            taskInstance.getClock().sleep(STEP_TIME);
            taskInstance.setProgress(100 * step / STEPS);
        }

        BackgroundTaskCancellationReason reason = cancelReason;
        String result = reason == null ? "Completed" : "Canceled with reason: " + reason.name();
        taskInstance.getLocalSettings().put(taskInstance.getTask().getName(), result);
    }
}
