package dev.bgsim.scenario.run.tasks;

import dev.bgsim.sdk.BackgroundTask;
import dev.bgsim.sdk.BackgroundTaskCancellationReason;
import dev.bgsim.sdk.BackgroundTaskDeferral;
import dev.bgsim.sdk.BackgroundTaskInstance;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Works like the official sample's task: ten 1 s steps on the TaskClock, progress 10 per step,
 * stops within a step when canceled, and leaves "Completed" or "Canceled with reason: X" in local
 * settings under its registration name.
 */
public class WorkerTask implements BackgroundTask {
    @Override
    public void run(BackgroundTaskInstance task) throws Exception {
        AtomicReference<BackgroundTaskCancellationReason> canceled = new AtomicReference<>();
        task.addCanceledListener((sender, reason) -> canceled.set(reason));
        BackgroundTaskDeferral deferral = task.getDeferral();
        try {
            for (int step = 1; step <= 10 && canceled.get() == null; step++) {
                task.getClock().sleep(Duration.ofSeconds(1));
                task.setProgress(step * 10);
            }
            String name = task.getTask().getName();
            task.getLocalSettings().put(name, canceled.get() == null ? "Completed" : "Canceled with reason: " + canceled.get());
        } finally {
            deferral.complete();
        }
    }
}
