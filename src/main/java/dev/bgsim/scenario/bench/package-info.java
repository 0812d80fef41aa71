/**
 * Benchmarks that {@code bgsim bench} runs (one JSON line per metric): the {@link
 * dev.bgsim.scenario.bench.Benchmark} contract, the engine's own benchmarks, and the tiny SDK
 * tasks they run (in main code, because the benchmarks run from the fat jar).
 */
package dev.bgsim.scenario.bench;
