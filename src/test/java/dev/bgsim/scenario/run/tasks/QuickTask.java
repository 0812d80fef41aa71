package dev.bgsim.scenario.run.tasks;

import dev.bgsim.sdk.BackgroundTask;
import dev.bgsim.sdk.BackgroundTaskInstance;
import java.time.Duration;

/** Sleeps one simulated second and returns: for periodic triggers. */
public class QuickTask implements BackgroundTask {
    @Override
    public void run(BackgroundTaskInstance task) throws Exception {
        task.getClock().sleep(Duration.ofSeconds(1));
    }
}
