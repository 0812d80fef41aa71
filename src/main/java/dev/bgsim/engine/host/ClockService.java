package dev.bgsim.engine.host;

import dev.bgsim.engine.time.EntryKind;
import dev.bgsim.engine.time.Schedule;
import dev.bgsim.engine.time.ScheduleEntry;
import dev.bgsim.engine.time.SimClock;
import java.time.Duration;
import java.util.concurrent.Semaphore;

/**
 * The engine side of {@code TaskClock}: sleeps and timers become labelled schedule entries; when
 * due, the sleeping thread is woken (or the timer callback started) under the lockstep baton.
 * Engine thread only.
 */
public final class ClockService {
    private final SimClock clock;
    private final Schedule schedule;
    private final CodePieces pieces;

    public ClockService(SimClock clock, Schedule schedule, CodePieces pieces) {
        this.clock = clock;
        this.schedule = schedule;
        this.pieces = pieces;
    }

    /** Engine thread only. The thread of {@code ctx} parks for {@code d} of simulated time. */
    public void sleep(ThreadContext ctx, Duration d) {
        CodeOwner owner = ctx.owner();
        pieces.parked(ctx);
        if (!owner.isLive()) {
            return;
        }
        owner.activity();
        ScheduleEntry e = schedule.add(clock.now().plus(d), EntryKind.TASK_CLOCK_SLEEP, "TaskClock sleep, " + owner.label(),
                () -> pieces.wake(ctx, owner.label() + " woke from TaskClock.sleep"));
        owner.track(e);
    }

    /** Engine thread only. A thread the task started itself sleeps: woken directly, no lockstep. */
    public void sleepUntracked(CodeOwner owner, Semaphore parker, Duration d) {
        ScheduleEntry e = schedule.add(clock.now().plus(d), EntryKind.TASK_CLOCK_SLEEP,
                "TaskClock sleep (untracked thread), " + owner.label(), parker::release);
        owner.track(e);
    }

    /** Engine thread only. Arms a timer; the callback runs on a new thread of the owner. */
    public void arm(CodeOwner owner, TimerHandle timer, Runnable action, Duration delay, boolean periodic) {
        if (!owner.isLive() || timer.isCancelled()) {
            return;
        }
        owner.activity();
        ScheduleEntry e = schedule.add(clock.now().plus(delay), EntryKind.TASK_CLOCK_TIMER,
                "TaskClock " + (periodic ? "periodic " : "") + "timer, " + owner.label(), () -> {
                    if (timer.isCancelled() || !owner.isLive()) {
                        return;
                    }
                    if (periodic) {
                        arm(owner, timer, action, delay, true);
                    } else {
                        timer.fired();
                    }
                    Runnable enqueue = () -> pieces.newThread(owner, owner.label() + " is running a TaskClock timer callback",
                            "bgsim-timer-" + owner.label(), action::run, null);
                    if (owner.isFrozen()) {
                        owner.deferUntilResume(enqueue);
                    } else {
                        enqueue.run();
                    }
                });
        timer.armed(e);
        owner.track(e);
    }
}
