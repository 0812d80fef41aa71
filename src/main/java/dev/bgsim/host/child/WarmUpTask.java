package dev.bgsim.host.child;

import dev.bgsim.sdk.BackgroundTask;
import dev.bgsim.sdk.BackgroundTaskDeferral;
import dev.bgsim.sdk.BackgroundTaskInstance;

/**
 * A task that touches the common SDK paths once. bgsim runs it in the training host that records
 * the class-data-sharing archive, so the classes a real first activation needs (class loader over
 * a jar, run thread, deferral, progress, clock) are in the archive. Not for task authors.
 */
public final class WarmUpTask implements BackgroundTask {
    @Override
    public void run(BackgroundTaskInstance taskInstance) {
        BackgroundTaskDeferral deferral = taskInstance.getDeferral();
        taskInstance.setProgress(100);
        taskInstance.getClock().now();
        taskInstance.getSystemStatus().isInternetAvailable();
        taskInstance.getLocalSettings().keys();
        System.out.println("warm");
        deferral.complete();
    }
}
