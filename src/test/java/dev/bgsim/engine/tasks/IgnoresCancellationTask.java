package dev.bgsim.engine.tasks;

import dev.bgsim.sdk.BackgroundTask;
import dev.bgsim.sdk.BackgroundTaskInstance;
import java.time.Duration;

/** Listens for cancellation but keeps working forever on the TaskClock. */
public class IgnoresCancellationTask implements BackgroundTask {
    @Override
    public void run(BackgroundTaskInstance task) throws Exception {
        task.addCanceledListener((sender, reason) ->
                task.getLocalSettings().put("canceled", reason.name()));
        while (true) {
            task.getClock().sleep(Duration.ofSeconds(1));
        }
    }
}
