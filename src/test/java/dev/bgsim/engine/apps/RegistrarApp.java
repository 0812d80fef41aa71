package dev.bgsim.engine.apps;

import dev.bgsim.engine.tasks.SleepTask;
import dev.bgsim.sdk.AppContext;
import dev.bgsim.sdk.BackgroundTaskFailedException;
import dev.bgsim.sdk.BackgroundTaskRegistration;
import dev.bgsim.sdk.SystemTrigger;
import dev.bgsim.sdk.SystemTriggerType;

/**
 * The documented launch sequence: request access, find the registration "Work" or register it
 * (out-of-process, TIME_ZONE_CHANGE), attach progress and completed listeners that record in
 * local settings "progress" and "result" ("completed", "failed: MESSAGE", "terminated: WHY").
 */
public class RegistrarApp extends LifecycleApp {
    protected String taskClass() {
        return SleepTask.class.getName();
    }

    @Override
    public void onLaunched(AppContext context) {
        log("launched");
        context.getBackgroundExecutionManager().requestAccessAsync().toCompletableFuture().join();
        BackgroundTaskRegistration reg = context.getAllTasks().values().stream()
                .filter(r -> r.getName().equals("Work")).findFirst().orElse(null);
        if (reg == null) {
            try {
                reg = context.newTaskBuilder().setName("Work").setTaskEntryPoint(taskClass())
                        .setTrigger(new SystemTrigger(SystemTriggerType.TIME_ZONE_CHANGE, false)).register();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        reg.addProgressListener((s, a) -> context.getLocalSettings().put("progress", a.getProgress()));
        reg.addCompletedListener((s, a) -> {
            String result;
            try {
                a.checkResult();
                result = "completed";
            } catch (BackgroundTaskFailedException e) {
                result = e.isTerminated() ? "terminated: " + e.getMessage() : "failed: " + e.getCause().getMessage();
            }
            context.getLocalSettings().put("result", result);
        });
    }
}
