package dev.bgsim.scenario.run;

import dev.bgsim.checker.EngineChecker;
import dev.bgsim.checker.Finding;
import dev.bgsim.engine.Command;
import dev.bgsim.engine.CommandResult;
import dev.bgsim.engine.Engine;
import dev.bgsim.engine.EngineConfig;
import dev.bgsim.engine.EngineSnapshot;
import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.EventSubscriber;
import dev.bgsim.engine.event.Subscription;
import dev.bgsim.engine.sdkimpl.SettingsStore;
import dev.bgsim.engine.time.ScheduledItem;
import dev.bgsim.engine.workspace.Workspace;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

/**
 * One headless engine driven step by step from the runner's thread: submit a command and wait
 * for its answer, run the clock to an instant and let everything due there happen, wait until
 * task code is quiet. Every wait polls with a real-time deadline; a stuck engine ends the run
 * with a {@link RunStoppedException} that says what it was waiting for.
 */
final class EngineSession implements AutoCloseable {
    /** Real time an engine may take to answer one command or query. */
    private static final Duration ANSWER_DEADLINE = Duration.ofSeconds(30);
    /** Real time task code may keep the engine busy at one simulated instant. */
    private static final Duration QUIET_DEADLINE = Duration.ofSeconds(60);
    /** Real time the simulated clock may stand still while the runner waits for it to move. */
    private static final Duration STALL_DEADLINE = Duration.ofSeconds(60);
    /** Entries due at one instant the runner will step through before it calls it a loop. */
    private static final int MAX_ENTRIES_AT_ONE_INSTANT = 100_000;

    private final Engine engine;
    private final SettingsStore settings;
    private final Instant start;
    private final List<Subscription> subscriptions = new ArrayList<>();
    private final EngineChecker checker;

    EngineSession(EngineConfig config, Workspace workspace) {
        this.engine = Engine.start(config, workspace);
        this.settings = workspace.settings();
        this.start = config.start();
        // Attached before the first command, so it folds the whole stream (SPEC 4: findings in scenario reports).
        this.checker = EngineChecker.attach(engine);
    }

    /** The simulated instant the scenario's {@code at} times count from. */
    Instant start() {
        return start;
    }

    /** The local settings the engine's tasks and apps write. */
    SettingsStore settings() {
        return settings;
    }

    /** Attaches a subscriber that receives every event from the first. */
    void subscribe(EventSubscriber subscriber) {
        subscriptions.add(engine.subscribe(subscriber, true));
    }

    /** Applies a command and waits for the engine's answer, then for task code to go quiet. */
    CommandResult apply(Command command) {
        CommandResult result = await(engine.submit(command), "the answer to " + command);
        awaitQuiet();
        return result;
    }

    /**
     * Runs simulated time to {@code target} and lets everything due at {@code target} happen:
     * entries scheduled there (even ones added while the clock ran) fire, task code they wake runs
     * until it parks or returns. Afterwards the clock is paused at {@code target}.
     */
    void runTo(Instant target) {
        Instant now = clock().now();
        if (target.isAfter(now)) {
            awaitClock(engine.submit(new Command.RunUntil(target)), target);
        }
        for (int stepped = 0; ; stepped++) {
            EngineSnapshot quiet = awaitQuiet();
            ScheduledItem next = quiet.clock().next();
            if (next == null || next.due().isAfter(target)) {
                return;
            }
            if (stepped == MAX_ENTRIES_AT_ONE_INSTANT) {
                throw new RunStoppedException("more than " + MAX_ENTRIES_AT_ONE_INSTANT + " entries fell due at "
                        + target + " (the last: " + next.label() + "); something keeps scheduling work at the same instant");
            }
            await(engine.submit(new Command.Step()), "a step to " + next.label());
        }
    }

    /** A snapshot taken once no task code runs or waits for the baton; every event up to it is in {@link #history()}. */
    EngineSnapshot awaitQuiet() {
        long deadline = System.nanoTime() + QUIET_DEADLINE.toNanos();
        Backoff backoff = new Backoff();
        while (true) {
            EngineSnapshot snapshot = query(s -> s);
            if (snapshot.quiescent()) {
                return snapshot;
            }
            if (System.nanoTime() > deadline) {
                throw new RunStoppedException("task code did not go quiet within " + QUIET_DEADLINE.toSeconds()
                        + " s of real time at " + snapshot.clock().now() + "; clock: " + snapshot.clock().explain());
            }
            backoff.pause();
        }
    }

    /** The clock as it stands, without a whole snapshot (see {@link Engine#clockStatus()}). */
    dev.bgsim.engine.time.ClockStatus clock() {
        return await(engine.clockStatus(), "the clock");
    }

    /** Runs {@code reader} on the engine thread against a fresh snapshot and waits for the answer. */
    <T> T query(Function<EngineSnapshot, T> reader) {
        return await(engine.query(reader), "a query");
    }

    /** Every event so far, in order. */
    List<EngineEvent> history() {
        return engine.history();
    }

    /**
     * The guidelines checker's findings raised by events up to and including {@code seq}, once it
     * has folded them in (it runs on its own subscription thread, a little behind the engine).
     */
    List<Finding> findingsThrough(long seq) {
        try {
            return checker.findingsThrough(seq, ANSWER_DEADLINE);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new RunStoppedException("the guidelines checker did not catch up with event #" + seq + " within "
                    + ANSWER_DEADLINE.toSeconds() + " s of real time: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RunStoppedException("interrupted while waiting for the guidelines checker", e);
        }
    }

    /** Every finding the checker has folded so far, without waiting (for a run that stopped). */
    List<Finding> findingsSoFar() {
        return checker.findings();
    }

    /** Internal engine errors so far (engine bugs); a run reports them. */
    List<Throwable> engineErrors() {
        return engine.errors();
    }

    /**
     * Waits until every subscriber has received every event published so far (bounded by a
     * real-time deadline), so that a recording is complete before the engine closes.
     */
    void drainSubscribers() {
        long deadline = System.nanoTime() + ANSWER_DEADLINE.toNanos();
        Backoff backoff = new Backoff();
        while (subscriptions.stream().anyMatch(s -> s.backlog() > 0)) {
            if (System.nanoTime() > deadline) {
                throw new RunStoppedException("event subscribers did not catch up within "
                        + ANSWER_DEADLINE.toSeconds() + " s of real time");
            }
            backoff.pause();
        }
    }

    @Override
    public void close() {
        checker.close();
        subscriptions.forEach(Subscription::close);
        engine.close();
    }

    private <T> T await(CompletableFuture<T> future, String what) {
        try {
            return future.get(ANSWER_DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new RunStoppedException("the engine did not give " + what + " within "
                    + ANSWER_DEADLINE.toSeconds() + " s of real time", e);
        } catch (ExecutionException e) {
            throw new RunStoppedException("the engine failed while giving " + what + ": " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RunStoppedException("interrupted while waiting for " + what, e);
        }
    }

    /** Waits for a RunUntil to reach {@code target}, as long as the simulated clock keeps moving. */
    private void awaitClock(CompletableFuture<CommandResult> reached, Instant target) {
        Instant lastSeen = null;
        long lastMove = System.nanoTime();
        while (true) {
            try {
                reached.get(250, TimeUnit.MILLISECONDS);
                return;
            } catch (TimeoutException e) {
                Instant now = clock().now();
                if (!now.equals(lastSeen)) {
                    lastSeen = now;
                    lastMove = System.nanoTime();
                } else if (System.nanoTime() - lastMove > STALL_DEADLINE.toNanos()) {
                    String why = clock().explain();
                    throw new RunStoppedException("the simulated clock stood still at " + now + " for "
                            + STALL_DEADLINE.toSeconds() + " s of real time on its way to " + target + "; clock: " + why, e);
                }
            } catch (ExecutionException e) {
                throw new RunStoppedException("the engine failed while running to " + target + ": " + e.getCause(),
                        e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RunStoppedException("interrupted while running to " + target, e);
            }
        }
    }

    /** Polling without fixed sleeps: spin briefly, then park for growing slices of at most 2 ms. */
    private static final class Backoff {
        private int rounds;

        void pause() {
            rounds++;
            if (rounds < 50) {
                Thread.onSpinWait();
            } else {
                LockSupport.parkNanos(Math.min(2_000_000L, 20_000L * (rounds - 49)));
            }
        }
    }
}
