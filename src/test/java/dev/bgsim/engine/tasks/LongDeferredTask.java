package dev.bgsim.engine.tasks;

import dev.bgsim.sdk.BackgroundTask;
import dev.bgsim.sdk.BackgroundTaskDeferral;
import dev.bgsim.sdk.BackgroundTaskInstance;
import java.time.Duration;

/** Takes a deferral, works 60 s on the TaskClock (1 s steps), completes the deferral twice. */
public class LongDeferredTask implements BackgroundTask {
    @Override
    public void run(BackgroundTaskInstance task) throws Exception {
        BackgroundTaskDeferral d = task.getDeferral();
        for (int i = 0; i < 60; i++) {
            task.getClock().sleep(Duration.ofSeconds(1));
        }
        d.complete();
        d.complete();
    }
}
