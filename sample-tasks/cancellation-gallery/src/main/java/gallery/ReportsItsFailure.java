package gallery;

import dev.bgsim.sdk.BackgroundTask;
import dev.bgsim.sdk.BackgroundTaskInstance;

/**
 * CORRECT TWIN of {@link ThrowsFromRun}: expects bad input and says so.
 *
 * <p>A missing or malformed payload is a normal event for a task woken by a push notification,
 * not a bug: the task checks it, leaves {@code Failed: ...} in LocalSettings for the app, logs it,
 * and returns normally, so the instance COMPLETES and the app can show why nothing was synced.
 * It catches only what it expects: a real bug still fails the instance, where bgsim shows it.
 */
public final class ReportsItsFailure implements BackgroundTask {

    private static final int DEFAULT_BATCH_SIZE = 10;

    @Override
    public void run(BackgroundTaskInstance taskInstance) {
        String name = taskInstance.getTask().getName();
        Object payload = taskInstance.getTriggerDetails();
        int batchSize;
        if (payload == null) {
            batchSize = DEFAULT_BATCH_SIZE;
        } else {
            try {
                batchSize = Integer.parseInt(payload.toString().strip());
            } catch (NumberFormatException badPayload) {
                String why = "Failed: the notification's payload \"" + payload + "\" is not a batch size";
                taskInstance.getLogger().log(System.Logger.Level.WARNING, why);
                taskInstance.getLocalSettings().put(name, why);
                return;
            }
        }
        taskInstance.getLocalSettings().put(name, "Synced " + batchSize + " items");
    }
}
