package dev.bgsim.engine.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EngineLoopTest {
    private static final Instant T0 = Instant.parse("2026-01-01T08:00:00Z");
    /** Real-time deadline for waits on the engine thread; generous, as a loaded machine may stall it. */
    private static final Duration WAIT = Duration.ofSeconds(30);
    private final SimClock clock = new SimClock(T0);
    private final Schedule schedule = new Schedule();
    private final Holds holds = new Holds();
    private final ManualTicker ticker = new ManualTicker();
    private final Lockstep lockstep = new Lockstep(holds, ticker, Duration.ofMillis(200));
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();
    private final EngineLoop loop = new EngineLoop(clock, schedule, holds, lockstep, ticker, true, 1.0,
            () -> { }, errors::add);

    @AfterEach
    void stop() {
        loop.stop();
        assertTrue(errors.isEmpty(), () -> "engine errors: " + errors);
    }

    private <T> T onEngine(Function<EngineLoop, T> f) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        loop.post(() -> result.complete(f.apply(loop)));
        return result.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    @Test
    void withoutHoldsTimeSkipsStraightToTheNextEntry() throws Exception {
        CompletableFuture<Instant> firedAt = new CompletableFuture<>();
        loop.start("bgsim-engine-test");
        loop.post(() -> schedule.add(T0.plus(Duration.ofDays(7)), EntryKind.SYSTEM_TICK, "far away",
                () -> firedAt.complete(clock.now())));
        assertEquals(T0.plus(Duration.ofDays(7)), firedAt.get(WAIT.toSeconds(), TimeUnit.SECONDS));
    }

    @Test
    void withSkippingOffIdleTimeFlowsWithRealTimeAndTheStatusSaysWhy() throws Exception {
        loop.start("bgsim-engine-test");
        onEngine(l -> {
            l.setSkipping(false);
            schedule.add(T0.plus(Duration.ofDays(7)), EntryKind.OTHER, "far away", () -> { });
            return null;
        });
        ClockStatus status = onEngine(EngineLoop::status);
        assertEquals(ClockMode.SKIPPING_DISABLED, status.mode());
        assertTrue(status.explain().contains("time skipping is switched off"), status.explain());
        Instant flowing = awaitFlowing();
        ticker.advance(Duration.ofSeconds(3));
        assertEquals(flowing.plusSeconds(3), onEngine(l -> clock.now()), "no jump to the entry a week away");
    }

    @Test
    void aHoldMakesTimeFlowWithRealTimeTimesSpeed() throws Exception {
        loop.start("bgsim-engine-test");
        onEngine(l -> {
            l.setSpeed(10);
            holds.acquire(HoldKind.EXTERNAL, "debugger attached");
            schedule.add(T0.plusSeconds(3600), EntryKind.OTHER, "in an hour", () -> { });
            return null;
        });
        ClockStatus status = onEngine(EngineLoop::status);
        assertEquals(ClockMode.HELD, status.mode());
        assertEquals("not skipping: debugger attached", status.explain());
        // The loop anchors its flow line (simulated now, ticker now) when it first goes round
        // flowing, which may be before or after this thread moves the ticker. So move real time
        // in small steps until simulated time starts to flow, then measure one known step.
        Instant flowing = awaitFlowing();
        ticker.advance(Duration.ofSeconds(2));
        // A unit of work syncs the clock with the ticker before it runs: 2 s real at 10x = 20 s simulated.
        assertEquals(flowing.plusSeconds(20), onEngine(l -> clock.now()));
    }

    /** Moves the manual ticker 1 ms at a time until the clock flows; returns the clock, synced to the ticker. */
    private Instant awaitFlowing() throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (onEngine(l -> clock.now()).equals(T0)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("simulated time did not flow; " + onEngine(EngineLoop::status).explain());
            }
            ticker.advance(Duration.ofMillis(1));
        }
        return onEngine(l -> clock.now());
    }

    @Test
    void pauseFreezesAndStepFiresOneEntryThenStaysPaused() throws Exception {
        List<String> fired = new CopyOnWriteArrayList<>();
        loop.start("bgsim-engine-test");
        onEngine(l -> {
            l.setPaused(true);
            schedule.add(T0.plusSeconds(1), EntryKind.OTHER, "one", () -> fired.add("one"));
            schedule.add(T0.plusSeconds(2), EntryKind.OTHER, "two", () -> fired.add("two"));
            return null;
        });
        assertEquals("paused", onEngine(EngineLoop::status).explain());
        assertEquals("one", onEngine(l -> l.stepNext().orElseThrow().label()));
        assertEquals(T0.plusSeconds(1), onEngine(l -> clock.now()));
        assertEquals(List.of("one"), fired);
        assertTrue(onEngine(EngineLoop::isPaused));
    }

    @Test
    void batonHolderStopsTimeUntilItIsDone() throws Exception {
        CompletableFuture<Long> started = new CompletableFuture<>();
        CompletableFuture<Instant> firedAt = new CompletableFuture<>();
        loop.start("bgsim-engine-test");
        onEngine(l -> {
            schedule.add(T0.plusSeconds(60), EntryKind.OTHER, "a minute", () -> firedAt.complete(clock.now()));
            lockstep.enqueue(new Lockstep.Piece() {
                @Override
                public String label() {
                    return "instance 1 of T is running run()";
                }

                @Override
                public boolean isLive() {
                    return true;
                }

                @Override
                public void start(long pieceId) {
                    started.complete(pieceId);
                }
            });
            return null;
        });
        long piece = started.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        ClockStatus held = onEngine(EngineLoop::status);
        assertEquals(ClockMode.HELD, held.mode());
        assertEquals("instance 1 of T is running run()", held.holds().get(0).label());
        assertEquals(T0, clock.now());
        loop.post(() -> lockstep.pieceDone(piece));
        assertEquals(T0.plusSeconds(60), firedAt.get(WAIT.toSeconds(), TimeUnit.SECONDS));
    }

    @Test
    void pastTheBusyThresholdTheHolderIsRealWorkAndTheBatonPasses() throws Exception {
        CompletableFuture<Long> first = new CompletableFuture<>();
        CompletableFuture<Long> second = new CompletableFuture<>();
        loop.start("bgsim-engine-test");
        onEngine(l -> {
            lockstep.enqueue(piece("busy", first));
            lockstep.enqueue(piece("next", second));
            return null;
        });
        first.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertTrue(!second.isDone());
        ticker.advance(Duration.ofMillis(250));
        loop.post(() -> { });
        second.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        List<Hold> list = onEngine(l -> holds.list());
        assertTrue(list.get(0).realWork(), list::toString);
        assertEquals("busy (doing real work)", list.get(0).label());
    }

    private static Lockstep.Piece piece(String label, CompletableFuture<Long> started) {
        return new Lockstep.Piece() {
            @Override
            public String label() {
                return label;
            }

            @Override
            public boolean isLive() {
                return true;
            }

            @Override
            public void start(long pieceId) {
                started.complete(pieceId);
            }
        };
    }
}
