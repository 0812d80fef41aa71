package gallery;

import dev.bgsim.sdk.BackgroundTask;
import dev.bgsim.sdk.BackgroundTaskDeferral;
import dev.bgsim.sdk.BackgroundTaskInstance;
import java.time.Duration;

/**
 * PITFALL: completes its deferral twice, once on the success path and once more "to be safe".
 *
 * <blockquote>In the Run method, request deferrals for each asynchronous method call, and close
 * them when the method is done.</blockquote>
 *
 * <p>Close each deferral once. The second {@code complete()} is harmless (the instance completes
 * normally) but it is a sign that nobody knows which path owns the deferral; the checker reports
 * it, and bgsim's event log shows the second call as {@code DeferralCompleted} with
 * {@code alreadyCompleted}.
 *
 * <p>The twin, {@link CompletesDeferralOnce}, completes it in one place: a {@code finally} block.
 */
public final class CompletesDeferralTwice implements BackgroundTask {

    private static final Duration WORK_TIME = Duration.ofSeconds(2);

    @Override
    public void run(BackgroundTaskInstance taskInstance) {
        String name = taskInstance.getTask().getName();
        BackgroundTaskDeferral deferral = taskInstance.getDeferral();
        taskInstance.addCanceledListener((sender, reason) ->
                taskInstance.getLocalSettings().put(name, "Canceled with reason: " + reason.name()));

        taskInstance.getClock().createTimer(() -> {
            try {
                taskInstance.getLocalSettings().put(name, "Saved");
                deferral.complete();
            } finally {
                deferral.complete(); // The bug: the success path has already completed it.
            }
        }, WORK_TIME);
    }
}
