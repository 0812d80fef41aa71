package dev.bgsim.engine.apps;

import dev.bgsim.engine.tasks.ArgsTask;
import dev.bgsim.sdk.AppContext;
import dev.bgsim.sdk.ApplicationTrigger;
import dev.bgsim.sdk.BackgroundTaskRegistration;
import java.util.Map;

/**
 * Registers the ApplicationTrigger task "Signalled" (ArgsTask) and requests it twice in the
 * foreground ("first", "second"); when minimised, requests it again ("background").
 */
public class TriggerApp extends LifecycleApp {
    private BackgroundTaskRegistration reg;

    @Override
    public void onLaunched(AppContext context) {
        context.getBackgroundExecutionManager().requestAccessAsync().toCompletableFuture().join();
        ApplicationTrigger trigger = new ApplicationTrigger();
        try {
            reg = context.newTaskBuilder().setName("Signalled").setTaskEntryPoint(ArgsTask.class.getName())
                    .setTrigger(trigger).register();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        context.getLocalSettings().put("first",
                trigger.requestAsync(Map.of("k", "v")).toCompletableFuture().join().name());
        context.getLocalSettings().put("second", trigger.requestAsync().toCompletableFuture().join().name());
    }

    @Override
    public void onEnteredBackground(AppContext context) {
        ApplicationTrigger t = (ApplicationTrigger) reg.getTrigger();
        context.getLocalSettings().put("background", t.requestAsync().toCompletableFuture().join().name());
    }
}
