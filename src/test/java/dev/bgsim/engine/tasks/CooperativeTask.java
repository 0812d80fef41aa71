package dev.bgsim.engine.tasks;

import dev.bgsim.sdk.BackgroundTask;
import dev.bgsim.sdk.BackgroundTaskInstance;
import java.time.Duration;

/** Works in 1 s steps on the TaskClock and stops within a step when canceled. */
public class CooperativeTask implements BackgroundTask {
    @Override
    public void run(BackgroundTaskInstance task) throws Exception {
        var canceled = new java.util.concurrent.atomic.AtomicReference<String>();
        task.addCanceledListener((sender, reason) -> canceled.set(reason.name()));
        for (int i = 0; i < 3600 && canceled.get() == null; i++) {
            task.getClock().sleep(Duration.ofSeconds(1));
        }
        task.getLocalSettings().put("result", canceled.get() == null ? "done" : "canceled " + canceled.get());
    }
}
