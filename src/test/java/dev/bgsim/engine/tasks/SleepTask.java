package dev.bgsim.engine.tasks;

import dev.bgsim.sdk.BackgroundTask;
import dev.bgsim.sdk.BackgroundTaskInstance;
import java.time.Duration;

/** Sleeps 1 s on the TaskClock, reports progress, returns. */
public class SleepTask implements BackgroundTask {
    @Override
    public void run(BackgroundTaskInstance task) throws Exception {
        task.setProgress(10);
        task.getClock().sleep(Duration.ofSeconds(1));
        task.setProgress(100);
    }
}
