package dev.bgsim.scenario.run.tasks;

import dev.bgsim.sdk.BackgroundTask;
import dev.bgsim.sdk.BackgroundTaskInstance;
import java.time.Duration;

/** Declared with supportsMultipleInstances: each activation gets a host of its own. Works 5 simulated seconds. */
public class ManyTask implements BackgroundTask {
    @Override
    public void run(BackgroundTaskInstance task) throws Exception {
        task.getClock().sleep(Duration.ofSeconds(5));
    }
}
