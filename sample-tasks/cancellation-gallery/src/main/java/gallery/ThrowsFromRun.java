package gallery;

import dev.bgsim.sdk.BackgroundTask;
import dev.bgsim.sdk.BackgroundTaskInstance;

/**
 * PITFALL: lets an exception escape {@code run()}.
 *
 * <blockquote>Your background task classes should report progress, cancellation, and
 * completion.</blockquote>
 *
 * <p>It reads a batch size from the push notification's payload and parses it without a thought
 * for a missing or malformed payload. Fired without one, {@code Integer.parseInt} throws, the
 * exception leaves {@code run()}, and the instance FAILS: no result is written, and all the app
 * learns is an exception from {@code checkResult()} in its completed listener. (On Windows an
 * unhandled exception takes down the whole task host process.)
 *
 * <p>The twin, {@link ReportsItsFailure}, checks the input it can expect to be wrong and leaves
 * a result that says what went wrong.
 */
public final class ThrowsFromRun implements BackgroundTask {

    @Override
    public void run(BackgroundTaskInstance taskInstance) {
        String payload = (String) taskInstance.getTriggerDetails();
        int batchSize = Integer.parseInt(payload);
        taskInstance.getLocalSettings().put(taskInstance.getTask().getName(), "Synced " + batchSize + " items");
    }
}
