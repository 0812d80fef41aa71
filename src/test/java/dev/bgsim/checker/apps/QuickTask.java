package dev.bgsim.checker.apps;

import dev.bgsim.sdk.BackgroundTask;
import dev.bgsim.sdk.BackgroundTaskInstance;

/** A short synchronous task: the apps register it. */
public class QuickTask implements BackgroundTask {
    @Override
    public void run(BackgroundTaskInstance taskInstance) {
        taskInstance.getLocalSettings().put("ran", true);
    }
}
