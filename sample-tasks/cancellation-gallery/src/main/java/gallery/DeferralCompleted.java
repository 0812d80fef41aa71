package gallery;

import dev.bgsim.sdk.BackgroundTask;
import dev.bgsim.sdk.BackgroundTaskCancellationReason;
import dev.bgsim.sdk.BackgroundTaskDeferral;
import dev.bgsim.sdk.BackgroundTaskInstance;
import dev.bgsim.sdk.TaskClock;
import java.time.Duration;

/**
 * CORRECT TWIN of {@link DeferralNeverCompleted}: the same upload, with its deferral completed
 * exactly once on every path.
 *
 * <p>The work completes the deferral in a {@code finally} block, so the early return (no
 * internet) and even a failure end the instance. If the task is cancelled first, the canceled
 * listener stops the pending work and completes the deferral itself. The methods that touch the
 * shared state are synchronized, and {@code finished} makes sure only one path completes it.
 */
public final class DeferralCompleted implements BackgroundTask {

    private static final Duration WORK_TIME = Duration.ofSeconds(2);

    private BackgroundTaskInstance taskInstance;
    private BackgroundTaskDeferral deferral;
    private TaskClock.Timer work;
    private boolean finished;

    @Override
    public void run(BackgroundTaskInstance taskInstance) {
        this.taskInstance = taskInstance;
        deferral = taskInstance.getDeferral();
        taskInstance.addCanceledListener(this::onCanceled);
        startWork();
    }

    private synchronized void startWork() {
        if (!finished) {
            work = taskInstance.getClock().createTimer(this::upload, WORK_TIME);
        }
    }

    private synchronized void upload() {
        if (finished) {
            return;
        }
        try {
            if (!taskInstance.getSystemStatus().isInternetAvailable()) {
                saveResult("No internet: nothing uploaded");
                return;
            }
            saveResult("Uploaded");
        } finally {
            finish();
        }
    }

    private synchronized void onCanceled(BackgroundTaskInstance sender, BackgroundTaskCancellationReason reason) {
        if (finished) {
            return;
        }
        if (work != null) {
            work.cancel();
        }
        saveResult("Canceled with reason: " + reason.name());
        finish();
    }

    private void finish() {
        finished = true;
        deferral.complete();
    }

    private void saveResult(String result) {
        taskInstance.getLocalSettings().put(taskInstance.getTask().getName(), result);
    }
}
