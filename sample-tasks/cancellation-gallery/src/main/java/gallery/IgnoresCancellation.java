package gallery;

import dev.bgsim.sdk.BackgroundTask;
import dev.bgsim.sdk.BackgroundTaskInstance;
import java.time.Duration;

/**
 * PITFALL: never listens for cancellation, so it cannot stop when asked.
 *
 * <blockquote>Handle background task progress, completion, and cancellation.</blockquote>
 *
 * <p>A minute of work, one step a second, against a 30-second time limit: at 30 s the system
 * cancels it (EXECUTION_TIME_EXCEEDED), nobody hears it, the loop goes on, and when the grace
 * period ends the instance is terminated, with every other instance in its host. Its result is
 * never written.
 *
 * <p>The twin, {@link HonorsCancellation}, adds a canceled listener before it starts, checks the
 * flag between steps, and stops within a second.
 */
public final class IgnoresCancellation implements BackgroundTask {

    private static final int STEPS = 60;
    private static final Duration STEP_TIME = Duration.ofSeconds(1);

    @Override
    public void run(BackgroundTaskInstance taskInstance) throws InterruptedException {
        for (int step = 1; step <= STEPS; step++) {
            taskInstance.getClock().sleep(STEP_TIME);
            taskInstance.setProgress(100 * step / STEPS);
        }
        taskInstance.getLocalSettings().put(taskInstance.getTask().getName(), "Completed");
    }
}
