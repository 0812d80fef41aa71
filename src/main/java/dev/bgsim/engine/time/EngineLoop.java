package dev.bgsim.engine.time;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The engine thread's main loop: applies queued work, dispatches the lockstep baton, and moves
 * the simulated clock (skip, flow or stand still). Each piece of work and each fired schedule
 * entry is one unit of work; {@code commit} runs after each (the owner publishes the batch of
 * events the unit produced).
 *
 * <p>Loop, in order of priority: queued work; the baton (dispatch next piece, or declare the
 * holder doing real work); paused → wait; baton held → wait (time stands still during short
 * bursts); no holds and skipping on → jump to the next entry and fire it; otherwise flow with
 * real time × speed until the next entry is due or work arrives.
 */
public final class EngineLoop implements Runnable {
    /** Upper bound on one wait while flowing, so speed changes and thresholds are seen promptly. */
    private static final long MAX_FLOW_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private final LinkedBlockingQueue<Runnable> inbox = new LinkedBlockingQueue<>();
    private final SimClock clock;
    private final Schedule schedule;
    private final Holds holds;
    private final Lockstep lockstep;
    private final Ticker ticker;
    private final Runnable commit;
    private final Consumer<Throwable> errorSink;

    private boolean paused;
    private boolean skipping;
    private SkipPolicy skipPolicy = SkipPolicy.ALWAYS;
    private java.util.function.BooleanSupplier tasksLive = () -> true;
    private double speed;
    private volatile boolean stopped;
    private Thread thread;

    // Flow anchor: simulated time = flowSimBase + (ticker - flowTickBase) * speed; null when not flowing.
    private Instant flowSimBase;
    private long flowTickBase;

    public EngineLoop(SimClock clock, Schedule schedule, Holds holds, Lockstep lockstep, Ticker ticker,
                      boolean skipping, double speed, Runnable commit, Consumer<Throwable> errorSink) {
        this.clock = clock;
        this.schedule = schedule;
        this.holds = holds;
        this.lockstep = lockstep;
        this.ticker = ticker;
        this.skipping = skipping;
        this.speed = speed;
        this.commit = commit;
        this.errorSink = errorSink;
    }

    /** Starts the engine thread. */
    public void start(String threadName) {
        thread = new Thread(this, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    /** Any thread. Queues work to run on the engine thread as one unit of work. */
    public void post(Runnable work) {
        inbox.add(work);
    }

    /** True if the caller is the engine thread. */
    public boolean isEngineThread() {
        return Thread.currentThread() == thread;
    }

    /** Any thread. Stops the loop after the current unit of work. */
    public void stop() {
        stopped = true;
        inbox.add(() -> { });
    }

    public Thread thread() {
        return thread;
    }

    @Override
    public void run() {
        while (!stopped) {
            try {
                step();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException | Error e) {
                errorSink.accept(e);
            }
        }
    }

    private void step() throws InterruptedException {
        syncFlow();
        Runnable work = inbox.poll();
        if (work != null) {
            unit(work);
            return;
        }
        if (lockstep.checkThreshold()) {
            commit.run();
            return;
        }
        if (lockstep.dispatchNext()) {
            stopFlow();
            commit.run();
            return;
        }
        if (paused) {
            stopFlow();
            waitForWork(lockstep.nanosUntilThreshold().orElse(Long.MAX_VALUE));
            return;
        }
        if (lockstep.batonHeld()) {
            // A short burst of task code: simulated time stands still until it parks or returns.
            stopFlow();
            waitForWork(lockstep.nanosUntilThreshold().orElse(Long.MAX_VALUE));
            return;
        }
        Optional<ScheduleEntry> next = schedule.peek();
        if (holds.isEmpty() && skipping && mayIdleSkip()) {
            stopFlow();
            if (next.isEmpty()) {
                waitForWork(Long.MAX_VALUE);
                return;
            }
            clock.advanceTo(next.get().due());
            fireDue();
            return;
        }
        flow(next);
    }

    private void flow(Optional<ScheduleEntry> next) throws InterruptedException {
        if (flowSimBase == null) {
            flowSimBase = clock.now();
            flowTickBase = ticker.nanoTime();
        }
        if (next.isPresent() && !next.get().due().isAfter(clock.now())) {
            fireDue();
            return;
        }
        long wait = MAX_FLOW_WAIT_NANOS;
        if (next.isPresent()) {
            long simNanos = Duration.between(clock.now(), next.get().due()).toNanos();
            wait = Math.min(wait, Math.max(1, (long) (simNanos / speed)));
        }
        waitForWork(wait);
        syncFlow();
        fireDue();
    }

    /** Advances the clock along the flow line, never past the next due entry. */
    private void syncFlow() {
        if (flowSimBase == null) {
            return;
        }
        long realNanos = ticker.nanoTime() - flowTickBase;
        Instant target = flowSimBase.plusNanos((long) (realNanos * speed));
        Optional<ScheduleEntry> next = schedule.peek();
        if (next.isPresent() && target.isAfter(next.get().due())) {
            target = next.get().due();
        }
        clock.advanceTo(target);
    }

    private void stopFlow() {
        flowSimBase = null;
    }

    /** Fires the first entry due now (one unit of work). */
    private void fireDue() {
        Optional<ScheduleEntry> due = schedule.pollDue(clock.now());
        due.ifPresent(entry -> unit(() -> schedule.fire(entry)));
    }

    private void unit(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException | Error e) {
            errorSink.accept(e);
        } finally {
            commit.run();
        }
    }

    private void waitForWork(long nanos) throws InterruptedException {
        Runnable work = nanos == Long.MAX_VALUE ? inbox.take() : inbox.poll(nanos, TimeUnit.NANOSECONDS);
        if (work != null) {
            syncFlow();
            unit(work);
        }
    }

    // --- clock controls: engine thread only ---

    /** Engine thread only. Pauses or resumes the clock. */
    public void setPaused(boolean paused) {
        syncFlow();
        stopFlow();
        this.paused = paused;
    }

    public boolean isPaused() {
        return paused;
    }

    /** Engine thread only. Switches time skipping. */
    public void setSkipping(boolean skipping) {
        syncFlow();
        stopFlow();
        this.skipping = skipping;
    }

    public boolean isSkipping() {
        return skipping;
    }

    /** Engine thread only. Sets when skipping may jump; {@code tasksLive} says whether any instance is live. */
    public void setSkipPolicy(SkipPolicy policy, java.util.function.BooleanSupplier tasksLive) {
        syncFlow();
        stopFlow();
        this.skipPolicy = policy;
        this.tasksLive = tasksLive;
    }

    public SkipPolicy skipPolicy() {
        return skipPolicy;
    }

    private boolean mayIdleSkip() {
        return skipPolicy == SkipPolicy.ALWAYS || tasksLive.getAsBoolean();
    }

    /** Engine thread only. Sets the real-time speed factor. */
    public void setSpeed(double speed) {
        syncFlow();
        stopFlow();
        this.speed = speed;
    }

    public double speed() {
        return speed;
    }

    /**
     * Engine thread only. Step: advances to the next due entry, fires it, and leaves the clock
     * paused. Returns the entry fired, or empty when nothing is scheduled.
     */
    public Optional<ScheduledItem> stepNext() {
        syncFlow();
        stopFlow();
        paused = true;
        Optional<ScheduleEntry> next = schedule.peek();
        if (next.isEmpty()) {
            return Optional.empty();
        }
        clock.advanceTo(next.get().due());
        ScheduleEntry entry = schedule.pollDue(clock.now()).orElseThrow();
        schedule.fire(entry);
        return Optional.of(entry.describe());
    }

    /** Engine thread only. Why time is or is not skipping. */
    public ClockStatus status() {
        ScheduledItem next = schedule.peek().map(ScheduleEntry::describe).orElse(null);
        ClockMode mode;
        if (paused) {
            mode = ClockMode.PAUSED;
        } else if (!holds.isEmpty()) {
            mode = ClockMode.HELD;
        } else if (!skipping) {
            mode = ClockMode.SKIPPING_DISABLED;
        } else if (!mayIdleSkip()) {
            mode = ClockMode.IDLE_FLOWING;
        } else {
            mode = ClockMode.SKIPPING;
        }
        return new ClockStatus(clock.now(), mode, holds.list(), speed, next);
    }
}
