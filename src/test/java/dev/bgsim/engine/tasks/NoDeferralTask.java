package dev.bgsim.engine.tasks;

import dev.bgsim.sdk.BackgroundTask;
import dev.bgsim.sdk.BackgroundTaskInstance;
import java.time.Duration;

/** Starts a timer and returns without a deferral: the classic missing-deferral bug. */
public class NoDeferralTask implements BackgroundTask {
    @Override
    public void run(BackgroundTaskInstance task) {
        task.getClock().createTimer(() -> task.getLocalSettings().put("late", "ran"), Duration.ofSeconds(5));
    }
}
