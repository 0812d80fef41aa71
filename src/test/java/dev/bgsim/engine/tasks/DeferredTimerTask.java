package dev.bgsim.engine.tasks;

import dev.bgsim.sdk.BackgroundTask;
import dev.bgsim.sdk.BackgroundTaskDeferral;
import dev.bgsim.sdk.BackgroundTaskInstance;
import java.time.Duration;

/** Takes a deferral, returns, and completes it from a TaskClock timer 2 s later. */
public class DeferredTimerTask implements BackgroundTask {
    @Override
    public void run(BackgroundTaskInstance task) {
        BackgroundTaskDeferral d = task.getDeferral();
        task.getClock().createTimer(() -> {
            task.setProgress(50);
            d.complete();
        }, Duration.ofSeconds(2));
    }
}
