package gallery;

import dev.bgsim.sdk.BackgroundTask;
import dev.bgsim.sdk.BackgroundTaskInstance;

/**
 * CORRECT TWIN of {@link CallsSystemExit}: returns from {@code run()} when the work is done. The
 * instance completes, and the host process lives on for the next task (bgsim reuses a warm host).
 */
public final class ReturnsInsteadOfExiting implements BackgroundTask {

    @Override
    public void run(BackgroundTaskInstance taskInstance) {
        taskInstance.getLocalSettings().put(taskInstance.getTask().getName(), "Saved");
    }
}
