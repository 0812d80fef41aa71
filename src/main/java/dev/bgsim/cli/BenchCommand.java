package dev.bgsim.cli;

import dev.bgsim.scenario.bench.Benchmark;
import dev.bgsim.scenario.bench.Measurement;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bgsim bench [NAME...]}: runs benchmarks (all, or the named ones, in registry order) and
 * prints one JSON line per metric on standard output. Exit 0 when every goal was met, 1 when one
 * was missed or a benchmark could not run, 2 for an unknown name.
 */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        description = {"Runs performance benchmarks; prints one JSON line per metric, e.g.",
                "{\"metric\":\"timeSkip7Days\",\"value\":812.4,\"unit\":\"ms\",\"goal\":2000,\"goalIs\":\"max\",\"met\":true}",
                "Exit status: 0 every goal met, 1 a goal missed or a benchmark failed, 2 an unknown name."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "NAME", description = "Benchmarks to run (default: all).")
    private List<String> names = new ArrayList<>();

    @Option(names = "--list", description = "List the benchmarks and what they measure, run nothing.")
    private boolean list;

    private final BenchmarkRegistry registry;

    BenchCommand() {
        this(BenchmarkRegistry.standard());
    }

    BenchCommand(BenchmarkRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (list) {
            registry.all().forEach(b -> out.println(b.name() + "  " + b.description()));
            out.flush();
            return 0;
        }
        List<Benchmark> chosen = new ArrayList<>();
        for (String name : names) {
            var benchmark = registry.named(name);
            if (benchmark.isEmpty()) {
                err.println("bgsim bench: no benchmark named " + name + "; known: " + String.join(", ", registry.names()));
                err.flush();
                return BgsimCommand.EXIT_BAD_INPUT;
            }
            chosen.add(benchmark.get());
        }
        if (chosen.isEmpty()) {
            chosen = registry.all();
        }
        boolean allMet = true;
        for (Benchmark benchmark : chosen) {
            try {
                Measurement m = benchmark.run();
                out.println(m.toJsonLine());
                out.flush();
                allMet &= m.met();
            } catch (Exception e) {
                err.println("bgsim bench: " + benchmark.name() + " could not be measured: " + e);
                err.flush();
                allMet = false;
            }
        }
        return allMet ? 0 : 1;
    }
}
