package dev.bgsim.engine.tasks;

import dev.bgsim.sdk.ApplicationTriggerDetails;
import dev.bgsim.sdk.BackgroundTask;
import dev.bgsim.sdk.BackgroundTaskInstance;
import dev.bgsim.sdk.DeviceUseDetails;
import java.time.Duration;

/** Records its trigger details' arguments in "args", then works 1 s. */
public class ArgsTask implements BackgroundTask {
    @Override
    public void run(BackgroundTaskInstance task) throws Exception {
        Object d = task.getTriggerDetails();
        String args = d instanceof ApplicationTriggerDetails a ? a.getArguments().toString()
                : d instanceof DeviceUseDetails u ? u.getDeviceId() + " " + u.getArguments() : String.valueOf(d);
        task.getLocalSettings().put("args", args);
        task.getClock().sleep(Duration.ofSeconds(1));
    }
}
