package dev.bgsim.scenario.run.tasks;

import dev.bgsim.sdk.BackgroundTask;
import dev.bgsim.sdk.BackgroundTaskInstance;
import java.time.Duration;

/** Hears the cancellation, notes it, and keeps working on the TaskClock forever. */
public class StubbornTask implements BackgroundTask {
    @Override
    public void run(BackgroundTaskInstance task) throws Exception {
        task.addCanceledListener((sender, reason) -> task.getLocalSettings().put("stubborn", "ignored " + reason));
        while (true) {
            task.getClock().sleep(Duration.ofSeconds(1));
        }
    }
}
