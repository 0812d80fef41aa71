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
 * in-process task works two simulated seconds in onBackgroundActivated. It has one button, "Say hello",
 * run when it is launched.
 */
public class RunnerTestApp implements App {
    /** Its one button (see the scenario action press): says hello in local settings. */
    static final String BUTTON = "Say hello";

    @Override
    public void onCreated(AppContext context) {
        context.getLocalSettings().put("Commands.Available", java.util.List.of(BUTTON));
    }

    @Override
    public void onLaunched(AppContext context) {
        context.getBackgroundExecutionManager().requestAccessAsync();
        context.getLocalSettings().put("app", "launched");
        runPressedButtons(context);
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

    private static void runPressedButtons(AppContext context) {
        Object pressed = context.getLocalSettings().get("Commands");
        context.getLocalSettings().remove("Commands");
        if (pressed instanceof java.util.List<?> commands && commands.contains(BUTTON)) {
            context.getLocalSettings().put("button", "hello");
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
