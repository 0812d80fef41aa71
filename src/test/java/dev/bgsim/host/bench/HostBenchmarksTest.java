package dev.bgsim.host.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bgsim.host.process.HostLauncher;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each benchmark runs with small counts and returns a number; no timing is asserted (CI machines vary). */
class HostBenchmarksTest {
    @TempDir
    Path dir;

    @Test
    void everyBenchmarkRunsAndReturnsAPositiveNumber() throws Exception {
        HostBenchmarks bench = new HostBenchmarks(HostLauncher.create(Path.of("target", "host-cache").toAbsolutePath()), dir);
        double hello = bench.bareJavaHelloMs(2);
        double cold = bench.coldHostStartMs(2);
        double fire = bench.fireToRunP99WarmHostMicros(50);
        assertTrue(bench.coldStartVersusHello(1).ratio() > 0);
        System.out.printf("bareJavaHelloMs=%.1f coldHostStartMs=%.1f fireToRunP99WarmHost=%.0fus%n", hello, cold, fire);
        assertTrue(hello > 0 && cold > 0 && fire > 0);
    }

    @Test
    void percentileUsesNearestRank() {
        double[] v = {5, 1, 4, 2, 3};
        assertTrue(HostBenchmarks.median(v) == 3);
        assertTrue(HostBenchmarks.percentile(v, 99) == 5);
    }
}
