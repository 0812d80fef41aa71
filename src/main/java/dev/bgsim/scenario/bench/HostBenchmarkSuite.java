package dev.bgsim.scenario.bench;

import dev.bgsim.host.bench.HostBenchmarks;
import dev.bgsim.host.process.HostLauncher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The task-host metrics of issue 5 for {@code bgsim bench}: {@code bareJavaHelloMs} (the floor),
 * {@code coldHostStartMs} (goal at most 1.3 x the hello measured in the same loop),
 * {@code fireToRunP99WarmHost} (goal 5,000 us) and, through the whole engine,
 * {@code fireToRunP99ChildHostEngine}. Each starts what it measures and leaves no host behind.
 */
public final class HostBenchmarkSuite {
    /** Hello runs and cold starts per median. */
    static final int RUNS = 15;
    /** Fires per p99 (issue 5: at least 1,000). */
    static final int FIRES = 1_000;

    private HostBenchmarkSuite() {
    }

    /** The four benchmarks, in the order {@code bgsim bench} runs them. */
    public static List<Benchmark> benchmarks() {
        return List.of(new BareJavaHello(), new ColdHostStart(), new FireToRunWarmHost(), new EngineFireToRunChildHost());
    }

    static HostBenchmarks bench() throws IOException {
        Path work = Files.createTempDirectory("bgsim-bench-hosts");
        work.toFile().deleteOnExit();
        return new HostBenchmarks(HostLauncher.create(HostLauncher.defaultCacheDir()), work);
    }

    private static final class BareJavaHello implements Benchmark {
        @Override
        public String name() {
            return "bareJavaHelloMs";
        }

        @Override
        public String description() {
            return "median wall time of java running a trivial main over " + RUNS + " runs (the floor for host start-up)";
        }

        @Override
        public Measurement run() throws Exception {
            return new Measurement(name(), bench().bareJavaHelloMs(RUNS), "ms", OptionalDouble.empty(), true);
        }
    }

    private static final class ColdHostStart implements Benchmark {
        @Override
        public String name() {
            return "coldHostStartMs";
        }

        @Override
        public String description() {
            return "median spawn -> host ready -> first run() entered over " + RUNS
                    + " cold hosts; goal at most 1.3 x a java hello measured in the same loop";
        }

        @Override
        public Measurement run() throws Exception {
            HostBenchmarks.ColdStartComparison c = bench().coldStartVersusHello(RUNS);
            return Measurement.atMost(name(), c.coldHostStartMs(), "ms", 1.3 * c.bareJavaHelloMs());
        }
    }

    private static final class FireToRunWarmHost implements Benchmark {
        @Override
        public String name() {
            return "fireToRunP99WarmHost";
        }

        @Override
        public String description() {
            return "START_INSTANCE sent -> run() entered in a warm child host, p99 over " + FIRES + " fires";
        }

        @Override
        public Measurement run() throws Exception {
            return Measurement.atMost(name(), bench().fireToRunP99WarmHostMicros(FIRES), "us", 5_000);
        }
    }
}
