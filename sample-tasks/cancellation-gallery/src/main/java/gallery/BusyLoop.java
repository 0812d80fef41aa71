package gallery;

import dev.bgsim.sdk.BackgroundTask;
import dev.bgsim.sdk.BackgroundTaskInstance;
import dev.bgsim.sdk.TaskClock;
import java.time.Duration;
import java.time.Instant;

/**
 * PITFALL: a CPU-bound loop that runs past the time limit and never looks up.
 *
 * <blockquote>Background tasks are limited by the amount of wall-clock usage time they get based
 * on trigger type. Most triggers are limited to 30 seconds of wall-clock usage [...] Background
 * tasks should be lightweight to save battery life and provide a better user experience for
 * foreground apps.</blockquote>
 *
 * <p>It searches for primes for two minutes of simulated time. At 30 s the system cancels it
 * (EXECUTION_TIME_EXCEEDED); the loop never checks, so the instance is terminated when the grace
 * period ends and its result is lost. Because it does real work instead of waiting on the
 * {@link TaskClock}, simulated time only flows at the speed factor: run it at 100x.
 *
 * <p>The twin, {@link WorksInSlices}, does a bounded amount of work in slices and checks for
 * cancellation between them.
 */
public final class BusyLoop implements BackgroundTask {

    private static final Duration SEARCH_TIME = Duration.ofMinutes(2);
    /**
     * Also stop after this much real time. Windows would have killed the process long before;
     * bgsim's in-JVM host cannot stop a thread, so the demo must not spin forever there.
     */
    private static final Duration REAL_TIME_CAP = Duration.ofSeconds(60);

    @Override
    public void run(BackgroundTaskInstance taskInstance) {
        TaskClock clock = taskInstance.getClock();
        Instant simulatedEnd = clock.now().plus(SEARCH_TIME);
        long realEnd = System.nanoTime() + REAL_TIME_CAP.toNanos();

        long primes = 0;
        for (long candidate = 2; clock.now().isBefore(simulatedEnd) && System.nanoTime() < realEnd; candidate++) {
            if (Primes.isPrime(candidate)) {
                primes++;
            }
        }
        taskInstance.getLocalSettings().put(taskInstance.getTask().getName(), "Found " + primes + " primes");
    }
}
