package dev.bgsim.cli;

import dev.bgsim.scenario.bench.Benchmark;
import dev.bgsim.scenario.bench.EventsPerSecond;
import dev.bgsim.scenario.bench.FireToRunP99InJvm;
import dev.bgsim.scenario.bench.TimeSkip7Days;
import dev.bgsim.ui.bench.FxStallBenchmark;
import dev.bgsim.ui.bench.TimelineDrawBench;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every benchmark {@code bgsim bench} knows, by name, in the order {@code bgsim bench} runs them.
 * Other parts of bgsim add theirs here: the hosts (bareJavaHelloMs, coldHostStartMs,
 * fireToRunP99WarmHost) and the GUI (timelineDraw100kVs1k, fxLongestStallMs) each implement
 * {@link Benchmark} in their own layer and are listed in {@link #standard()}.
 */
final class BenchmarkRegistry {
    private final Map<String, Benchmark> byName = new LinkedHashMap<>();

    BenchmarkRegistry(List<Benchmark> benchmarks) {
        for (Benchmark benchmark : benchmarks) {
            if (byName.putIfAbsent(benchmark.name(), benchmark) != null) {
                throw new IllegalArgumentException("two benchmarks named " + benchmark.name());
            }
        }
    }

    /** The benchmarks of this build. */
    static BenchmarkRegistry standard() {
        return new BenchmarkRegistry(concat(List.of(
                new TimeSkip7Days(),
                new FireToRunP99InJvm(),
                new EventsPerSecond(),
                new TimelineDrawBench(),
                new FxStallBenchmark()),
                dev.bgsim.scenario.bench.HostBenchmarkSuite.benchmarks()));
    }

    private static List<Benchmark> concat(List<Benchmark> a, List<Benchmark> b) {
        List<Benchmark> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** All of them, in order. */
    List<Benchmark> all() {
        return List.copyOf(byName.values());
    }

    /** The one with this name. */
    Optional<Benchmark> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The names, for messages. */
    List<String> names() {
        return List.copyOf(byName.keySet());
    }
}
