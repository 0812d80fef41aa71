package dev.bgsim.scenario.bench;

import dev.bgsim.sdk.BackgroundTask;
import dev.bgsim.sdk.BackgroundTaskInstance;
import java.time.Duration;

/** Sleeps one simulated second on its TaskClock: the unit of work of {@link TimeSkip7Days}. */
public final class SleepOneSecondTask implements BackgroundTask {
    @Override
    public void run(BackgroundTaskInstance taskInstance) throws InterruptedException {
        taskInstance.getClock().sleep(Duration.ofSeconds(1));
    }
}
