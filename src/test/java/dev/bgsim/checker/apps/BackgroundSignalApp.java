package dev.bgsim.checker.apps;

import dev.bgsim.sdk.App;
import dev.bgsim.sdk.AppContext;
import dev.bgsim.sdk.ApplicationTrigger;
import dev.bgsim.sdk.BackgroundTaskRegistrationException;

/**
 * Registers an ApplicationTrigger task and signals it on launch (in the foreground, fine); the
 * PITFALL (BG206) is the second signal, sent when the app is minimised.
 */
public class BackgroundSignalApp implements App {
    private final ApplicationTrigger trigger = new ApplicationTrigger();

    @Override
    public void onLaunched(AppContext context) {
        context.getBackgroundExecutionManager().requestAccessAsync().toCompletableFuture().join();
        try {
            context.newTaskBuilder().setName("Signalled").setTaskEntryPoint(QuickTask.class.getName())
                    .setTrigger(trigger).register();
        } catch (BackgroundTaskRegistrationException e) {
            throw new IllegalStateException(e);
        }
        context.getLocalSettings().put("foreground", trigger.requestAsync().toCompletableFuture().join().name());
    }

    @Override
    public void onEnteredBackground(AppContext context) {
        context.getLocalSettings().put("background", trigger.requestAsync().toCompletableFuture().join().name());
    }
}
