package inprocess;

import dev.bgsim.sdk.BackgroundTask;
import dev.bgsim.sdk.BackgroundTaskInstance;
import java.time.Duration;

/**
 * PITFALL: counts down inside the activation handler and ignores cancellation, so the handler is
 * still running when the task is cancelled.
 *
 * <blockquote>When cancelling a task, ensure that the BackgroundActivated event handler exits
 * before the cancellation occurs or the whole process will be terminated.</blockquote>
 *
 * <p>A minute of work against a 30-second time limit: at 30 s the task is cancelled
 * (EXECUTION_TIME_EXCEEDED), the handler goes on, and when the grace period ends the system
 * terminates the whole app process, because that is where the handler runs. The app state
 * becomes TERMINATED, and every other in-process task running in the app dies with it.
 *
 * <p>The twin, {@link CooperativeCountdown}, returns from the handler at once and does its work on
 * a timer that stops when cancelled.
 */
final class BlockingCountdown implements BackgroundTask {

    private static final Duration TICK = Duration.ofSeconds(1);
    private static final int TICKS = 60;

    @Override
    public void run(BackgroundTaskInstance taskInstance) throws InterruptedException {
        for (int tick = 1; tick <= TICKS; tick++) {
            taskInstance.getClock().sleep(TICK);
            taskInstance.setProgress(100 * tick / TICKS);
        }
        taskInstance.getLocalSettings().put(taskInstance.getTask().getName(), "Completed");
    }
}
