package gallery;

import dev.bgsim.sdk.BackgroundTask;
import dev.bgsim.sdk.BackgroundTaskDeferral;
import dev.bgsim.sdk.BackgroundTaskInstance;
import dev.bgsim.sdk.LocalSettings;
import java.time.Duration;

/**
 * PITFALL: completes its deferral on the happy path only, so one early return leaves it open.
 *
 * <blockquote>In the Run method, request deferrals for each asynchronous method call, and close
 * them when the method is done.</blockquote>
 *
 * <p>The asynchronous "upload" gives up when there is no internet and returns early, skipping
 * {@code deferral.complete()}. The work is over, but the system cannot know it: the instance keeps
 * running, holding its host, until the time limit cancels it (EXECUTION_TIME_EXCEEDED); it still
 * does not complete, and it is terminated when the grace period ends. On the {@code strict}
 * profile, with a trigger whose time limit is long, the idle watchdog catches it first
 * (IDLE_TASK). With the internet up it completes normally, which is why such bugs ship.
 *
 * <p>The twin, {@link DeferralCompleted}, completes its deferral in a {@code finally} block, so
 * every path through the work ends the instance.
 */
public final class DeferralNeverCompleted implements BackgroundTask {

    private static final Duration WORK_TIME = Duration.ofSeconds(2);

    @Override
    public void run(BackgroundTaskInstance taskInstance) {
        String name = taskInstance.getTask().getName();
        LocalSettings settings = taskInstance.getLocalSettings();
        BackgroundTaskDeferral deferral = taskInstance.getDeferral();
        taskInstance.addCanceledListener((sender, reason) ->
                settings.put(name, "Canceled with reason: " + reason.name()));

        taskInstance.getClock().createTimer(() -> {
            if (!taskInstance.getSystemStatus().isInternetAvailable()) {
                settings.put(name, "No internet: nothing uploaded");
                return; // The bug: this path leaves the deferral open.
            }
            settings.put(name, "Uploaded");
            deferral.complete();
        }, WORK_TIME);
    }
}
