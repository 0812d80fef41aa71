package dev.bgsim.junit;

import dev.bgsim.engine.Command;
import dev.bgsim.engine.CommandResult;
import dev.bgsim.engine.Engine;
import dev.bgsim.engine.EngineSnapshot;
import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.Subscription;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Drives one engine from a test thread: a command is applied, its events collected and task code
 * quiet before the call returns. Every wait polls with a real-time deadline (never a fixed sleep);
 * running out of time fails the test with what it waited for and the recent events.
 */
final class EngineDriver implements AutoCloseable {
    /** Real time any one wait may take (generous: CI machines are slow). */
    static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final long POLL_NANOS = Duration.ofMillis(1).toNanos();
    private static final int RECENT_EVENTS = 40;

    private final Engine engine;
    private final List<EngineEvent> events = new CopyOnWriteArrayList<>();
    private final Subscription subscription;

    EngineDriver(Engine engine) {
        this.engine = engine;
        this.subscription = engine.subscribe(events::addAll, true);
    }

    Engine engine() {
        return engine;
    }

    /** Applies a command and waits until its events are here and task code is quiet. */
    CommandResult apply(Command command) {
        CommandResult result = await(engine.submit(command), "the engine to answer " + command);
        awaitQuiet();
        return result;
    }

    <T> T query(Function<EngineSnapshot, T> reader) {
        return await(engine.query(reader), "the engine to answer a query");
    }

    /** Waits until no task or app code runs or waits, and every event published so far is collected. */
    EngineSnapshot awaitQuiet() {
        EngineSnapshot quiet = awaitSnapshot("task code to go quiet", EngineSnapshot::quiescent);
        awaitEvents(quiet.lastSeq());
        return quiet;
    }

    EngineSnapshot awaitSnapshot(String what, Predicate<EngineSnapshot> condition) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (true) {
            EngineSnapshot s = query(x -> x);
            if (condition.test(s)) {
                return s;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + DEADLINE.toSeconds() + " s waiting for " + what
                        + "; clock: " + s.clock().explain() + "\n" + recentEvents());
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }

    private void awaitEvents(long seq) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (events.size() < seq) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("events up to #" + seq + " were not delivered in time\n" + recentEvents());
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }

    private <T> T await(CompletableFuture<T> future, String what) {
        try {
            return future.get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted waiting for " + what, e);
        } catch (ExecutionException e) {
            throw new AssertionError(what + " failed: " + e.getCause() + "\n" + recentEvents(), e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("timed out after " + DEADLINE.toSeconds() + " s waiting for " + what + "\n"
                    + recentEvents(), e);
        }
    }

    List<EngineEvent> events() {
        return List.copyOf(events);
    }

    /** The last events, one readable line each, for failure messages. */
    String recentEvents() {
        List<EngineEvent> all = events();
        return "recent events:\n" + all.subList(Math.max(0, all.size() - RECENT_EVENTS), all.size()).stream()
                .map(e -> "  " + e.describe()).collect(Collectors.joining("\n"));
    }

    @Override
    public void close() {
        subscription.close();
        engine.close();
    }
}
