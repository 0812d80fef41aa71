package dev.bgsim.checker.apps;

import dev.bgsim.sdk.App;
import dev.bgsim.sdk.AppContext;
import dev.bgsim.sdk.BackgroundTaskRegistrationException;
import dev.bgsim.sdk.PushNotificationTrigger;
import dev.bgsim.sdk.SystemTrigger;
import dev.bgsim.sdk.SystemTriggerType;

/**
 * TWIN of {@link FirstRunOnlyApp} and of the update rule: on every launch it requests access,
 * looks at its registrations and registers what is missing, including a ServicingComplete task.
 */
public class EverySessionApp implements App {
    @Override
    public void onLaunched(AppContext context) {
        context.getBackgroundExecutionManager().requestAccessAsync().toCompletableFuture().join();
        var names = context.getAllTasks().values().stream().map(r -> r.getName()).toList();
        try {
            if (!names.contains("Sync")) {
                context.newTaskBuilder().setName("Sync").setTaskEntryPoint(QuickTask.class.getName())
                        .setTrigger(new PushNotificationTrigger()).register();
            }
            if (!names.contains("Serviced")) {
                context.newTaskBuilder().setName("Serviced").setTaskEntryPoint(QuickTask.class.getName())
                        .setTrigger(new SystemTrigger(SystemTriggerType.SERVICING_COMPLETE, false)).register();
            }
        } catch (BackgroundTaskRegistrationException e) {
            context.getLocalSettings().put("status", e.getReason().getDescription());
        }
    }
}
