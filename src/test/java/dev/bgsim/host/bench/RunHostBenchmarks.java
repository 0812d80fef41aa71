package dev.bgsim.host.bench;

import dev.bgsim.host.process.HostLauncher;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the host benchmarks with full counts and prints them (a main, until {@code bgsim bench} calls them). */
public final class RunHostBenchmarks {
    private RunHostBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("bgsim-bench");
        HostBenchmarks bench = new HostBenchmarks(HostLauncher.create(Path.of("target", "host-cache").toAbsolutePath()), work);
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int fires = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        HostBenchmarks.ColdStartComparison c = bench.coldStartVersusHello(runs);
        double fire = bench.fireToRunP99WarmHostMicros(fires);
        System.out.printf("bareJavaHelloMs       %.1f%n", c.bareJavaHelloMs());
        System.out.printf("coldHostStartMs       %.1f  (%.2f x hello, measured interleaved)%n", c.coldHostStartMs(), c.ratio());
        System.out.printf("fireToRunP99WarmHost  %.0f us%n", fire);
        System.out.printf("load average          %s%n", java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim());
    }
}
