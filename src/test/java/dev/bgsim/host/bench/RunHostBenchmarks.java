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
        double hello = bench.bareJavaHelloMs(runs);
        double cold = bench.coldHostStartMs(runs);
        double fire = bench.fireToRunP99WarmHostMicros(fires);
        System.out.printf("bareJavaHelloMs       %.1f%n", hello);
        System.out.printf("coldHostStartMs       %.1f  (%.2f x hello)%n", cold, cold / hello);
        System.out.printf("fireToRunP99WarmHost  %.0f us%n", fire);
    }
}
