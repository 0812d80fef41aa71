package dev.bgsim.checker.apps;

import dev.bgsim.sdk.App;
import dev.bgsim.sdk.AppContext;
import dev.bgsim.sdk.BackgroundTaskRegistrationException;
import dev.bgsim.sdk.PushNotificationTrigger;

/** TWIN of {@link UncaughtRefusalApp}: a refusal is shown in LocalSettings and the app goes on. */
public class CaughtRefusalApp implements App {
    @Override
    public void onLaunched(AppContext context) {
        context.getBackgroundExecutionManager().requestAccessAsync().toCompletableFuture().join();
        if (context.getAllTasks().values().stream().anyMatch(r -> r.getName().equals("Sync"))) {
            return;
        }
        try {
            context.newTaskBuilder().setName("Sync").setTaskEntryPoint(QuickTask.class.getName())
                    .setTrigger(new PushNotificationTrigger()).register();
        } catch (BackgroundTaskRegistrationException e) {
            context.getLocalSettings().put("status", "Not registered: " + e.getReason().getDescription());
        }
    }
}
