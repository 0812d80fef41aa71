package dev.bgsim.scenario.run.tasks;

import dev.bgsim.sdk.App;
import dev.bgsim.sdk.AppContext;
import dev.bgsim.sdk.BackgroundActivatedEventArgs;
import dev.bgsim.sdk.BackgroundTaskRegistrationException;
import dev.bgsim.sdk.SuspendingOperation;
import dev.bgsim.sdk.SystemTrigger;
import dev.bgsim.sdk.SystemTriggerType;
import java.time.Duration;

/**
 * The runner tests' app: on launch it asks for background access and registers AppWorker (a
 * WorkerTask on USER_PRESENT) unless it exists; it notes its lifecycle in local settings; an
 * in-process task works two simulated seconds in onBackgroundActivated.
 */
public class RunnerTestApp implements App {
    @Override
    public void onLaunched(AppContext context) {
        context.getBackgroundExecutionManager().requestAccessAsync();
        context.getLocalSettings().put("app", "launched");
        boolean registered = context.getAllTasks().values().stream().anyMatch(r -> r.getName().equals("AppWorker"));
        if (registered) {
            return;
        }
        try {
            context.newTaskBuilder()
                    .setName("AppWorker")
                    .setTaskEntryPoint(WorkerTask.class.getName())
                    .setTrigger(new SystemTrigger(SystemTriggerType.USER_PRESENT, false))
                    .register();
        } catch (BackgroundTaskRegistrationException e) {
            context.getLocalSettings().put("app", "registration refused: " + e.getMessage());
        }
    }

    @Override
    public void onSuspending(SuspendingOperation operation) {
        // Nothing to save; the suspension takes effect as soon as this returns.
    }

    @Override
    public void onResuming(AppContext context) {
        context.getLocalSettings().put("app", "resumed");
    }

    @Override
    public void onBackgroundActivated(BackgroundActivatedEventArgs args) {
        try {
            args.getTaskInstance().getClock().sleep(Duration.ofSeconds(2));
            args.getTaskInstance().getLocalSettings().put("inProcess", "ran");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
