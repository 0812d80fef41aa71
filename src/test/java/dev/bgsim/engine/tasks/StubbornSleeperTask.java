package dev.bgsim.engine.tasks;

import dev.bgsim.sdk.BackgroundTask;
import dev.bgsim.sdk.BackgroundTaskInstance;
import java.time.Duration;

/** Sleeps on the TaskClock for ever, swallowing every interrupt: only the engine can end it. */
public class StubbornSleeperTask implements BackgroundTask {
    @Override
    public void run(BackgroundTaskInstance task) {
        while (true) {
            try {
                task.getClock().sleep(Duration.ofHours(1));
            } catch (InterruptedException ignored) {
                // A careless task: goes back to sleep.
            }
        }
    }
}
