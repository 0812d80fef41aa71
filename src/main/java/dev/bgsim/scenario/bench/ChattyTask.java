package dev.bgsim.scenario.bench;

import dev.bgsim.sdk.BackgroundTask;
import dev.bgsim.sdk.BackgroundTaskInstance;
import java.time.Duration;

/** Reports progress 1 to 100, one event each, then sleeps a simulated second: many events per instance. */
public final class ChattyTask implements BackgroundTask {
    @Override
    public void run(BackgroundTaskInstance taskInstance) throws InterruptedException {
        for (int progress = 1; progress <= 100; progress++) {
            taskInstance.setProgress(progress);
        }
        taskInstance.getClock().sleep(Duration.ofSeconds(1));
    }
}
