package dev.bgsim.scenario.bench;

import dev.bgsim.engine.Command;
import dev.bgsim.engine.CommandResult;
import dev.bgsim.engine.Engine;
import dev.bgsim.engine.EngineConfig;
import dev.bgsim.engine.EngineSnapshot;
import dev.bgsim.engine.packages.SimPackage;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A paused headless engine for one benchmark, with waits that poll under a real-time deadline.
 * Fails loudly (IllegalStateException) on a refusal or a timeout: a benchmark that measured the
 * wrong thing must not print a number.
 */
final class BenchEngine implements AutoCloseable {
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    private final Engine engine;

    BenchEngine() {
        this.engine = Engine.start(EngineConfig.defaults().withStartPaused(true));
    }

    Engine engine() {
        return engine;
    }

    Instant start() {
        return EngineConfig.DEFAULT_START;
    }

    /** Loads a package and, as its app would, requests background access. */
    void load(SimPackage pkg) throws Exception {
        ok(new Command.LoadPackage(pkg));
        ok(new Command.SetAccessRequested(pkg.identityName(), true));
    }

    CommandResult ok(Command command) throws Exception {
        return ok(engine.submit(command), command);
    }

    CommandResult ok(CompletableFuture<CommandResult> answer, Command command) throws Exception {
        CommandResult result = answer.get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        if (!result.ok()) {
            throw new IllegalStateException("the engine refused " + command + ": " + result.message());
        }
        return result;
    }

    <T> T query(Function<EngineSnapshot, T> reader) throws Exception {
        return engine.query(reader).get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Waits until a snapshot satisfies {@code done}; returns it. */
    EngineSnapshot await(String what, Predicate<EngineSnapshot> done) throws Exception {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        int rounds = 0;
        while (true) {
            EngineSnapshot snapshot = query(s -> s);
            if (done.test(snapshot)) {
                return snapshot;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out waiting for " + what + "; clock: " + snapshot.clock().explain());
            }
            if (++rounds > 100) {
                LockSupport.parkNanos(50_000);
            } else {
                Thread.onSpinWait();
            }
        }
    }

    /** Like {@link #await}, polling every 200 µs: for waits between measurements, which must not load the machine. */
    EngineSnapshot awaitGently(String what, Predicate<EngineSnapshot> done) throws Exception {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (true) {
            EngineSnapshot snapshot = query(s -> s);
            if (done.test(snapshot)) {
                return snapshot;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out waiting for " + what + "; clock: " + snapshot.clock().explain());
            }
            LockSupport.parkNanos(200_000);
        }
    }

    @Override
    public void close() {
        engine.close();
    }
}
