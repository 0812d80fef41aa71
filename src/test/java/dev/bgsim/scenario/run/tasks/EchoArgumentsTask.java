package dev.bgsim.scenario.run.tasks;

import dev.bgsim.sdk.ApplicationTriggerDetails;
import dev.bgsim.sdk.BackgroundTask;
import dev.bgsim.sdk.BackgroundTaskInstance;
import java.util.Map;

/** Copies the arguments it was triggered with into local settings ("arguments"), or notes their absence. */
public class EchoArgumentsTask implements BackgroundTask {
    @Override
    public void run(BackgroundTaskInstance task) {
        Object details = task.getTriggerDetails();
        Object arguments = details instanceof ApplicationTriggerDetails app ? app.getArguments()
                : details instanceof Map<?, ?> payload ? payload : "no details: " + details;
        task.getLocalSettings().put("arguments", arguments);
    }
}
