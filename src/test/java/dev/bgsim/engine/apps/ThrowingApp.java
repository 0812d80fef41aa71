package dev.bgsim.engine.apps;

import dev.bgsim.sdk.AppContext;
import dev.bgsim.sdk.BackgroundTaskRegistrationException;
import dev.bgsim.sdk.TimeTrigger;

/** Registers a TimeTrigger of 5 minutes (refused) without catching the exception. */
public class ThrowingApp extends LifecycleApp {
    @Override
    public void onLaunched(AppContext context) {
        try {
            context.newTaskBuilder().setName("TooOften").setTrigger(new TimeTrigger(5, false)).register();
        } catch (BackgroundTaskRegistrationException e) {
            throw new IllegalStateException("registration failed", e);
        }
    }
}
