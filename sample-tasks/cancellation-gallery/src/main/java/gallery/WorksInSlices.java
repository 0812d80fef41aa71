package gallery;

import dev.bgsim.sdk.BackgroundTask;
import dev.bgsim.sdk.BackgroundTaskCancellationReason;
import dev.bgsim.sdk.BackgroundTaskInstance;

/**
 * CORRECT TWIN of {@link BusyLoop}: CPU work sized to fit the time limit, cut into slices, with a
 * cancellation check and a progress report between slices.
 *
 * <p>It counts the primes below 100,000 in ten slices. The whole job takes milliseconds, far
 * inside the 30-second limit even at 100x speed; if it is cancelled anyway, it stops at the next
 * slice and says so. Bigger jobs belong in a task that resumes where the previous run stopped
 * (keep the position in LocalSettings), not in one long run.
 */
public final class WorksInSlices implements BackgroundTask {

    private static final long LIMIT = 100_000;
    private static final int SLICES = 10;

    private volatile BackgroundTaskCancellationReason cancelReason;

    @Override
    public void run(BackgroundTaskInstance taskInstance) {
        taskInstance.addCanceledListener((sender, reason) -> cancelReason = reason);

        long sliceSize = LIMIT / SLICES;
        long primes = 0;
        for (int slice = 0; slice < SLICES && cancelReason == null; slice++) {
            primes += Primes.countBetween(slice * sliceSize, (slice + 1) * sliceSize);
            taskInstance.setProgress(100 * (slice + 1) / SLICES);
        }

        BackgroundTaskCancellationReason reason = cancelReason;
        String result = reason == null ? "Found " + primes + " primes below " + LIMIT
                : "Canceled with reason: " + reason.name();
        taskInstance.getLocalSettings().put(taskInstance.getTask().getName(), result);
    }
}
