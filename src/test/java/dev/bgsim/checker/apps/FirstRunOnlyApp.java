package dev.bgsim.checker.apps;

import dev.bgsim.sdk.App;
import dev.bgsim.sdk.AppContext;
import dev.bgsim.sdk.BackgroundTaskRegistrationException;
import dev.bgsim.sdk.PushNotificationTrigger;

/** PITFALL (BG201): registers on the first launch only, remembered in LocalSettings; later launches do nothing. */
public class FirstRunOnlyApp implements App {
    @Override
    public void onLaunched(AppContext context) {
        if (context.getLocalSettings().get("registered") != null) {
            return;
        }
        context.getBackgroundExecutionManager().requestAccessAsync().toCompletableFuture().join();
        try {
            context.newTaskBuilder().setName("Sync").setTaskEntryPoint(QuickTask.class.getName())
                    .setTrigger(new PushNotificationTrigger()).register();
            context.getLocalSettings().put("registered", true);
        } catch (BackgroundTaskRegistrationException e) {
            context.getLocalSettings().put("status", e.getReason().getDescription());
        }
    }
}
