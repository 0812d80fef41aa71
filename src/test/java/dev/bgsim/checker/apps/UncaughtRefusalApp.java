package dev.bgsim.checker.apps;

import dev.bgsim.sdk.App;
import dev.bgsim.sdk.AppContext;
import dev.bgsim.sdk.BackgroundTaskRegistrationException;
import dev.bgsim.sdk.PushNotificationTrigger;

/** PITFALL (BG204): registers without a look at the answer, and lets a refusal (access denied, say) out of onLaunched. */
public class UncaughtRefusalApp implements App {
    @Override
    public void onLaunched(AppContext context) {
        context.getBackgroundExecutionManager().requestAccessAsync().toCompletableFuture().join();
        try {
            context.newTaskBuilder().setName("Sync").setTaskEntryPoint(QuickTask.class.getName())
                    .setTrigger(new PushNotificationTrigger()).register();
        } catch (BackgroundTaskRegistrationException e) {
            throw new IllegalStateException("could not register", e);
        }
    }
}
