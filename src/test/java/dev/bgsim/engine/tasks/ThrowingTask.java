package dev.bgsim.engine.tasks;

import dev.bgsim.sdk.BackgroundTask;
import dev.bgsim.sdk.BackgroundTaskInstance;

/** run() throws. */
public class ThrowingTask implements BackgroundTask {
    @Override
    public void run(BackgroundTaskInstance task) {
        throw new IllegalStateException("boom");
    }
}
