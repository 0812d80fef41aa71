package dev.bgsim.engine.tasks;

import dev.bgsim.sdk.BackgroundTask;
import dev.bgsim.sdk.BackgroundTaskInstance;
import java.util.concurrent.CountDownLatch;

/** Real work: blocks outside the TaskClock until the test releases it, then returns. */
public class BusyUntilReleasedTask implements BackgroundTask {
    public static volatile CountDownLatch release = new CountDownLatch(1);

    @Override
    public void run(BackgroundTaskInstance task) throws InterruptedException {
        release.await();
    }
}
