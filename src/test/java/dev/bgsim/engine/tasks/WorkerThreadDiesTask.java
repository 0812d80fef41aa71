package dev.bgsim.engine.tasks;

import dev.bgsim.sdk.BackgroundTask;
import dev.bgsim.sdk.BackgroundTaskInstance;

/** Takes a deferral and hands the work to a thread of its own, which dies with an exception. */
public class WorkerThreadDiesTask implements BackgroundTask {
    @Override
    public void run(BackgroundTaskInstance task) {
        task.getDeferral();
        Thread worker = new Thread(() -> {
            throw new IllegalStateException("the worker gave up");
        }, "task-worker");
        worker.start();
    }
}
