package gallery;

import dev.bgsim.sdk.BackgroundTask;
import dev.bgsim.sdk.BackgroundTaskCancellationReason;
import dev.bgsim.sdk.BackgroundTaskDeferral;
import dev.bgsim.sdk.BackgroundTaskInstance;
import dev.bgsim.sdk.TaskClock;
import java.time.Duration;

/**
 * CORRECT TWIN of {@link CompletesDeferralTwice}: one owner for the deferral. The work completes
 * it in its {@code finally} block and nowhere else, unless a cancellation stops the work before it
 * starts; the {@code finished} flag, guarded by the object's lock, decides which of the two runs.
 */
public final class CompletesDeferralOnce implements BackgroundTask {

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
            work = taskInstance.getClock().createTimer(this::save, WORK_TIME);
        }
    }

    private synchronized void save() {
        if (finished) {
            return;
        }
        try {
            saveResult("Saved");
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
