package dev.bgsim.scenario.bench;

import dev.bgsim.sdk.BackgroundTask;
import dev.bgsim.sdk.BackgroundTaskInstance;

/** Tells the {@link RunProbe} it was fired with that run() has been entered, and that it returns. */
public final class ProbeTask implements BackgroundTask {
    @Override
    public void run(BackgroundTaskInstance taskInstance) {
        if (taskInstance.getTriggerDetails() instanceof RunProbe probe) {
            probe.entered();
            probe.returning();
        }
    }
}
