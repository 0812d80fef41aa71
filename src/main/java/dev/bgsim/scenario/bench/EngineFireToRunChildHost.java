package dev.bgsim.scenario.bench;

import dev.bgsim.engine.Command;
import dev.bgsim.engine.CommandResult;
import dev.bgsim.engine.Engine;
import dev.bgsim.engine.EngineConfig;
import dev.bgsim.engine.event.Events;
import dev.bgsim.engine.event.Subscription;
import dev.bgsim.engine.packages.BasicPackage;
import dev.bgsim.engine.packages.DeclaredTask;
import dev.bgsim.engine.packages.ManifestRegistration;
import dev.bgsim.host.bench.HostBenchmarks;
import dev.bgsim.sdk.SystemTrigger;
import dev.bgsim.sdk.SystemTriggerType;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * {@code fireToRunP99ChildHostEngine}: the whole path a user's fire takes, measured from
 * {@code submit(Fire)} to the task's first SDK call from {@code run()} (a progress report) seen
 * by an event subscriber, in a warm child-JVM host, p99 over {@value HostBenchmarkSuite#FIRES}
 * fires after a warm-up. It includes what {@code fireToRunP99WarmHost} measures plus the engine
 * (command, broker, lockstep), the frame back and the event delivery, so it is an upper bound.
 * Goal 5,000 us, as the host-only metric.
 */
final class EngineFireToRunChildHost implements Benchmark {
    private static final String TASK = "EngineBenchTask";
    private static final long TIMEOUT_SECONDS = 60;

    @Override
    public String name() {
        return "fireToRunP99ChildHostEngine";
    }

    @Override
    public String description() {
        return "engine fire -> run() entered (its first progress event) in a warm child-JVM host, p99 over "
                + HostBenchmarkSuite.FIRES + " fires";
    }

    @Override
    public Measurement run() throws Exception {
        Path jar = HostBenchmarkSuite.bench().oneClassJar(TASK, "public class " + TASK
                + " implements dev.bgsim.sdk.BackgroundTask { public void run(dev.bgsim.sdk.BackgroundTaskInstance i) {"
                + " i.setProgress(1); } }");
        Map<Integer, CompletableFuture<Long>> entered = new ConcurrentHashMap<>();
        Map<Integer, CompletableFuture<Void>> ended = new ConcurrentHashMap<>();
        try (Engine engine = Engine.start(EngineConfig.defaults().withStartPaused(true));
                URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
            Subscription sub = engine.subscribe(batch -> batch.forEach(e -> {
                int n = e.subjects().instanceNumber();
                if (e.payload() instanceof Events.ProgressReported) {
                    entered.computeIfAbsent(n, k -> new CompletableFuture<>()).complete(System.nanoTime());
                } else if (e.payload() instanceof Events.InstanceCompleted || e.payload() instanceof Events.InstanceFailed
                        || e.payload() instanceof Events.InstanceTerminated) {
                    ended.computeIfAbsent(n, k -> new CompletableFuture<>()).complete(null);
                }
            }), false);
            try {
                ok(engine, new Command.LoadPackage(BasicPackage.builder("Bench.ChildHost").codeJars(List.of(jar))
                        .classLoader(loader).task(new DeclaredTask(TASK, Set.of("systemEvent"), null, false))
                        .registration(new ManifestRegistration("Probe", TASK,
                                new SystemTrigger(SystemTriggerType.TIME_ZONE_CHANGE, false), List.of(), false))
                        .build()));
                UUID taskId = engine.query(s -> s.registration("Probe").orElseThrow().taskId())
                        .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                int warmUp = Math.max(20, HostBenchmarkSuite.FIRES / 10);
                double[] micros = new double[HostBenchmarkSuite.FIRES];
                for (int n = 1; n <= warmUp + HostBenchmarkSuite.FIRES; n++) {
                    CompletableFuture<Long> in = entered.computeIfAbsent(n, k -> new CompletableFuture<>());
                    long t0 = System.nanoTime();
                    ok(engine, new Command.Fire(taskId, false, null));
                    long at = in.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    ended.computeIfAbsent(n, k -> new CompletableFuture<>()).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    awaitQuiet(engine);
                    if (n > warmUp) {
                        micros[n - warmUp - 1] = (at - t0) / 1e3;
                    }
                }
                return Measurement.atMost(name(), HostBenchmarks.percentile(micros, 99), "us", 5_000);
            } finally {
                sub.close();
            }
        }
    }

    private static void ok(Engine engine, Command c) throws Exception {
        CommandResult r = engine.submit(c).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!r.ok()) {
            throw new IllegalStateException(c + " refused: " + r.message());
        }
    }

    /** The next fire finds the registration free and the host back in the pool or still attached. */
    private static void awaitQuiet(Engine engine) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(TIMEOUT_SECONDS).toNanos();
        while (!engine.query(s -> s.quiescent() && s.instances().stream().allMatch(i -> i.state().isTerminal()))
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the engine did not go quiet");
            }
            Thread.sleep(0, 200_000);
        }
    }
}
