package dev.bgsim.scenario.bench;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Passed as a fire's trigger details: the task notes the real time at which its run() was
 * entered, and the benchmark waits for it.
 */
public final class RunProbe {
    private final CountDownLatch entered = new CountDownLatch(1);
    private volatile long enteredNanos;

    /** Called by the task as run() starts. */
    public void entered() {
        enteredNanos = System.nanoTime();
        entered.countDown();
    }

    /**
     * The {@link System#nanoTime()} at which run() was entered, waiting at most {@code deadline}.
     *
     * @throws IllegalStateException when run() was not entered in time
     */
    public long awaitEntered(Duration deadline) throws InterruptedException {
        if (!entered.await(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("run() was not entered within " + deadline.toSeconds() + " s");
        }
        return enteredNanos;
    }
}
