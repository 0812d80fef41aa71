package duplicates;

import dev.bgsim.sdk.BackgroundTask;
import dev.bgsim.sdk.BackgroundTaskInstance;

/**
 * The task the app registers: short and synchronous, so it needs no deferral. bgsim's timeline
 * shows how many times one push notification runs it: once per registration named {@code Sync}.
 */
public final class SyncTask implements BackgroundTask {

    @Override
    public void run(BackgroundTaskInstance taskInstance) {
        taskInstance.getLocalSettings().put(taskInstance.getTask().getName(),
                "Synced at " + taskInstance.getClock().now());
    }
}
