package inprocess;

import dev.bgsim.sdk.BackgroundTask;
import dev.bgsim.sdk.BackgroundTaskCancellationReason;
import dev.bgsim.sdk.BackgroundTaskDeferral;
import dev.bgsim.sdk.BackgroundTaskInstance;
import dev.bgsim.sdk.TaskClock;
import java.time.Duration;

/**
 * In-process work done right: the activation handler takes a deferral, starts the work on a
 * timer and returns at once; the work reports progress each second and, when cancelled, stops,
 * records why and completes the deferral.
 *
 * <blockquote>When cancelling a task, ensure that the BackgroundActivated event handler exits
 * before the cancellation occurs or the whole process will be terminated.</blockquote>
 *
 * <p>The handler has long returned by the time any cancellation comes, and the work ends within a
 * second of it, so a cancelled run ends CANCELED and the app process lives on. Compare
 * {@link BlockingCountdown}.
 */
final class CooperativeCountdown implements BackgroundTask {

    private static final Duration TICK = Duration.ofSeconds(1);
    private static final int TICKS = 10;

    private final int ticks;
    private BackgroundTaskInstance taskInstance;
    private BackgroundTaskDeferral deferral;
    private TaskClock.Timer timer;
    private int ticked;
    private boolean finished;

    CooperativeCountdown() {
        this(TICKS);
    }

    /** A countdown of {@code ticks} seconds. */
    CooperativeCountdown(int ticks) {
        this.ticks = ticks;
    }

    @Override
    public void run(BackgroundTaskInstance taskInstance) {
        this.taskInstance = taskInstance;
        deferral = taskInstance.getDeferral();
        taskInstance.addCanceledListener(this::onCanceled);
        start();
        // Returning now is the point: the handler is not running when a cancellation comes.
    }

    private synchronized void start() {
        if (!finished) {
            timer = taskInstance.getClock().createPeriodicTimer(this::tick, TICK);
        }
    }

    private synchronized void tick() {
        if (finished) {
            return;
        }
        ticked++;
        taskInstance.setProgress(100 * ticked / ticks);
        if (ticked == ticks) {
            finish("Completed");
        }
    }

    private synchronized void onCanceled(BackgroundTaskInstance sender, BackgroundTaskCancellationReason reason) {
        if (!finished) {
            finish("Canceled with reason: " + reason.name());
        }
    }

    private void finish(String result) {
        finished = true;
        if (timer != null) {
            timer.cancel();
        }
        taskInstance.getLocalSettings().put(taskInstance.getTask().getName(), result);
        deferral.complete();
    }
}
