package tasks;

import dev.bgsim.sdk.BackgroundTask;
import dev.bgsim.sdk.BackgroundTaskCancellationReason;
import dev.bgsim.sdk.BackgroundTaskDeferral;
import dev.bgsim.sdk.BackgroundTaskInstance;
import dev.bgsim.sdk.LocalSettings;
import dev.bgsim.sdk.TaskClock;
import java.time.Duration;

/**
 * The task behind five of the official sample's six scenarios: it counts its progress from 10 to
 * 100 on a one-second timer, then leaves its result in {@link LocalSettings} under its
 * registration's name ({@code Completed}, or {@code Canceled with reason: ENERGY_SAVER} and so on)
 * for the app to show.
 *
 * <p>The shape every asynchronous task should have, in order: listen for cancellation before any
 * work starts, take a deferral because the work goes on after {@code run()} returns, and complete
 * that deferral exactly once when the work stops. The canceled listener only records the request;
 * the next tick sees it, stops the timer and completes the deferral, within a second, well inside
 * the five-second grace period, so a cancelled run ends CANCELED rather than TERMINATED.
 */
public final class SampleBackgroundTask implements BackgroundTask {

    /** The LocalSettings key where each run leaves the cost it started under. */
    public static final String WORK_COST_KEY = "BackgroundWorkCost";

    private static final Duration TICK = Duration.ofSeconds(1);
    private static final int STEP = 10;
    private static final int DONE = 100;

    private BackgroundTaskInstance taskInstance;
    private BackgroundTaskDeferral deferral;
    private TaskClock.Timer timer;
    // Written by the canceled listener's thread, read by the timer's thread.
    private volatile BackgroundTaskCancellationReason cancelReason;

    @Override
    public void run(BackgroundTaskInstance taskInstance) {
        this.taskInstance = taskInstance;
        // The sample only records the cost. A real task would do as little as possible when it is HIGH.
        taskInstance.getLocalSettings().put(WORK_COST_KEY,
                taskInstance.getSystemStatus().getBackgroundWorkCost().name());

        taskInstance.addCanceledListener((sender, reason) -> cancelReason = reason);

        deferral = taskInstance.getDeferral();
        startTicking();
    }

    // Synchronized with tick(), so that the first tick cannot run before the timer field is set.
    private synchronized void startTicking() {
        timer = taskInstance.getClock().createPeriodicTimer(this::tick, TICK);
    }

    private synchronized void tick() {
        BackgroundTaskCancellationReason reason = cancelReason;
        int progress = taskInstance.getProgress();
        if (reason == null && progress < DONE) {
            taskInstance.setProgress(progress + STEP);
            return;
        }
        timer.cancel();
        String result = progress >= DONE ? "Completed" : "Canceled with reason: " + reason.name();
        taskInstance.getLocalSettings().put(taskInstance.getTask().getName(), result);
        deferral.complete();
    }
}
