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
    private final CountDownLatch returning = new CountDownLatch(1);
    private volatile long enteredNanos;

    /** Called by the task as run() starts. */
    public void entered() {
        enteredNanos = System.nanoTime();
        entered.countDown();
    }

    /** Called by the task as run() is about to return. */
    public void returning() {
        returning.countDown();
    }

    /**
     * Waits at most {@code deadline} for run() to be about to return. Why: the benchmark then
     * needs only a poll or two of engine snapshots to see the instance finish, instead of polling
     * all through the task's run — snapshot garbage would bring on collections whose pauses land
     * in the very fire-to-run windows being measured.
     */
    public void awaitReturning(Duration deadline) throws InterruptedException {
        await(returning, deadline, "run() did not return");
    }

    /**
     * The {@link System#nanoTime()} at which run() was entered, waiting at most {@code deadline}.
     *
     * @throws IllegalStateException when run() was not entered in time
     */
    public long awaitEntered(Duration deadline) throws InterruptedException {
        await(entered, deadline, "run() was not entered");
        return enteredNanos;
    }

    private static void await(CountDownLatch latch, Duration deadline, String failure) throws InterruptedException {
        if (!latch.await(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException(failure + " within " + deadline.toSeconds() + " s");
        }
    }
}
