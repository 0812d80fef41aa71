package gallery;

import dev.bgsim.sdk.BackgroundTask;
import dev.bgsim.sdk.BackgroundTaskCancellationReason;
import dev.bgsim.sdk.BackgroundTaskDeferral;
import dev.bgsim.sdk.BackgroundTaskInstance;
import dev.bgsim.sdk.TaskClock;
import java.time.Duration;

/**
 * CORRECT TWIN of {@link AsyncWorkWithoutDeferral}: takes a deferral before it starts the
 * asynchronous work, so the instance stays alive after {@code run()} returns, and completes it
 * when the work is done (or cancelled).
 */
public final class AsyncWorkWithDeferral implements BackgroundTask {

    private static final Duration WORK_TIME = Duration.ofSeconds(2);

    private BackgroundTaskInstance taskInstance;
    private BackgroundTaskDeferral deferral;
    private TaskClock.Timer work;
    private boolean finished;

    @Override
    public void run(BackgroundTaskInstance taskInstance) {
        this.taskInstance = taskInstance;
        // Taken before the work starts: from here on, returning from run() does not end the instance.
        deferral = taskInstance.getDeferral();
        taskInstance.addCanceledListener(this::onCanceled);
        startWork();
    }

    private synchronized void startWork() {
        if (!finished) {
            work = taskInstance.getClock().createTimer(this::doWork, WORK_TIME);
        }
    }

    private synchronized void doWork() {
        if (finished) {
            return;
        }
        try {
            saveResult("Work done");
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
