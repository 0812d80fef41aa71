package gallery;

import dev.bgsim.sdk.BackgroundTask;
import dev.bgsim.sdk.BackgroundTaskInstance;
import dev.bgsim.sdk.Notifications;

/**
 * CORRECT TWIN of {@link OpensWindow}: reaches the user through the only UI a background task may
 * use, {@link Notifications}: a toast now, the tile and the badge for later.
 */
public final class ShowsToast implements BackgroundTask {

    private static final int NEW_MESSAGES = 3;

    @Override
    public void run(BackgroundTaskInstance taskInstance) {
        Notifications notifications = taskInstance.getNotifications();
        notifications.showToast("Sync finished", NEW_MESSAGES + " new messages");
        notifications.updateTile("Sync finished", NEW_MESSAGES + " new messages");
        notifications.setBadge(NEW_MESSAGES);
        taskInstance.getLocalSettings().put(taskInstance.getTask().getName(), "Toast shown");
    }
}
