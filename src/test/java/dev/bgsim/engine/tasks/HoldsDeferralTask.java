package dev.bgsim.engine.tasks;

import dev.bgsim.sdk.BackgroundTask;
import dev.bgsim.sdk.BackgroundTaskInstance;

/** Takes a deferral and returns without ever completing it (and without doing anything). */
public class HoldsDeferralTask implements BackgroundTask {
    @Override
    public void run(BackgroundTaskInstance task) {
        task.getDeferral();
    }
}
