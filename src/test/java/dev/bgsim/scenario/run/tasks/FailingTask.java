package dev.bgsim.scenario.run.tasks;

import dev.bgsim.sdk.BackgroundTask;
import dev.bgsim.sdk.BackgroundTaskInstance;

/** run() throws after half a second of simulated work. */
public class FailingTask implements BackgroundTask {
    @Override
    public void run(BackgroundTaskInstance task) throws Exception {
        task.getClock().sleep(java.time.Duration.ofMillis(500));
        throw new IllegalStateException("the failing task failed, as it should");
    }
}
