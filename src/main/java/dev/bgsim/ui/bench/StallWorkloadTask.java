package dev.bgsim.ui.bench;

import dev.bgsim.sdk.BackgroundTask;
import dev.bgsim.sdk.BackgroundTaskInstance;

/** Reports progress 1 to {@value #STEPS}, one event each, and returns: a chatty, short instance. */
public final class StallWorkloadTask implements BackgroundTask {
    static final int STEPS = 40;

    @Override
    public void run(BackgroundTaskInstance taskInstance) {
        for (int progress = 1; progress <= STEPS; progress++) {
            taskInstance.setProgress(progress * 100 / STEPS);
        }
    }
}
