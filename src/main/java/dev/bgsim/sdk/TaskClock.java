package dev.bgsim.sdk;

import java.time.Duration;
import java.time.Instant;

/**
 * Simulated time, for tasks and apps. The simulated clock starts at a fixed instant (by default
 * 2026-01-01T08:00:00Z) and drives triggers, time limits and grace periods. While code is doing
 * real work it flows with real time (times the speed factor); when every running task is blocked
 * on this clock, the simulator jumps straight to the next due event. Code that waits through this
 * clock, never through {@link Thread#sleep} or real timers, can be fast-forwarded and repeats
 * exactly in scenarios and tests.
 *
 * <p>A paused simulation freezes the clock; a suspended host freezes its instances' waits.
 */
public interface TaskClock {

    /** The current simulated instant. */
    Instant now();

    /**
     * Parks the calling thread for {@code duration} of simulated time, never real time, and lets
     * the simulator skip ahead while it waits. Cancellation does not wake it: canceled listeners
     * are raised instead, so a task that sleeps long should sleep in short steps and check its
     * flag.
     *
     * @throws InterruptedException when the thread is interrupted, for example when the simulator
     *         stops work the task left running without a deferral
     * @throws IllegalArgumentException when {@code duration} is negative
     */
    void sleep(Duration duration) throws InterruptedException;

    /**
     * Runs {@code action} once, after {@code delay} of simulated time, on a simulator timer thread
     * (not the caller's). An action that throws fails the instance. A pending timer is work the
     * task started: if {@code run()} returns without an outstanding deferral, the timer is
     * cancelled.
     *
     * @throws IllegalArgumentException when {@code delay} is negative
     */
    Timer createTimer(Runnable action, Duration delay);

    /**
     * Runs {@code action} every {@code period} of simulated time, first after one period, on a
     * simulator timer thread, until the timer is cancelled or the instance completes. Periods do not
     * drift. An action that throws fails the instance. Hold a deferral while the timer should run:
     * if {@code run()} returns without one, the timer is cancelled.
     *
     * @throws IllegalArgumentException when {@code period} is zero or negative
     */
    Timer createPeriodicTimer(Runnable action, Duration period);

    /** A timer made by {@link TaskClock}. */
    interface Timer {

        /**
         * Stops the timer: its action does not run again (an action already running finishes).
         * Cancelling twice does nothing.
         */
        void cancel();
    }
}
