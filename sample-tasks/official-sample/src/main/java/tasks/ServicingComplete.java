package tasks;

import dev.bgsim.sdk.BackgroundTask;
import dev.bgsim.sdk.BackgroundTaskInstance;

/**
 * Runs when the system has finished updating the app (a {@code SERVICING_COMPLETE} system
 * trigger): the place the guidelines name for migrating data and re-registering tasks after an
 * update. This sample only reports progress from 0 to 100 and leaves {@code Completed} (or
 * {@code Canceled}) in LocalSettings under its registration's name.
 *
 * <p>It is synchronous and short, so it takes no deferral: the instance completes when
 * {@code run()} returns. It still listens for cancellation and stops early when asked.
 */
public final class ServicingComplete implements BackgroundTask {

    private static final int STEP = 10;
    private static final int DONE = 100;

    private volatile boolean cancelRequested;

    @Override
    public void run(BackgroundTaskInstance taskInstance) {
        taskInstance.addCanceledListener((sender, reason) -> cancelRequested = true);

        int progress = 0;
        while (progress <= DONE && !cancelRequested) {
            taskInstance.setProgress(progress);
            progress += STEP;
        }
        boolean reachedTheEnd = progress > DONE;
        String result = reachedTheEnd ? "Completed" : "Canceled";
        taskInstance.getLocalSettings().put(taskInstance.getTask().getName(), result);
    }
}
