package dev.bgsim.host.bench;

import dev.bgsim.host.process.HostExit;
import dev.bgsim.host.process.HostLauncher;
import dev.bgsim.host.process.HostListener;
import dev.bgsim.host.process.HostOptions;
import dev.bgsim.host.process.HostProcess;
import dev.bgsim.host.protocol.DeviceStatusSnapshot;
import dev.bgsim.host.protocol.Field;
import dev.bgsim.host.protocol.Message;
import dev.bgsim.host.protocol.MessageType;
import dev.bgsim.host.protocol.TriggerDetailsCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * The host benchmarks of issue 5. Each method measures in the calling thread, cleans up every
 * process it started, and returns one number. The task run is the host's built-in
 * {@code WarmUpTask}, loaded from the host jar through a package class loader like any task.
 */
public final class HostBenchmarks {
    private static final long TIMEOUT_SECONDS = 60;
    private static final String TASK = "dev.bgsim.host.child.WarmUpTask";

    private final HostLauncher launcher;
    private final Path workDir;

    /**
     * @param launcher starts the hosts (its class-data-sharing archive is recorded first, so a
     *                 cold start is measured as users get it from the second host on)
     * @param workDir  scratch directory for the hello class
     */
    public HostBenchmarks(HostLauncher launcher, Path workDir) {
        this.launcher = launcher;
        this.workDir = workDir;
    }

    /** Median wall time, in ms, of {@code java -cp DIR Hello} (a trivial main) over {@code runs} runs: the floor. */
    public double bareJavaHelloMs(int runs) throws IOException, InterruptedException {
        Path classes = compileHello();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(java, "-cp", classes.toString(), "Hello")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IOException("java Hello did not run cleanly (exit " + (p.isAlive() ? "none" : p.exitValue()) + ")");
            }
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        return median(ms);
    }

    /** Median ms from spawn to the first {@code run()} entered (spawn, READY, START_INSTANCE, RUN_ENTERED) over {@code runs} hosts. */
    public double coldHostStartMs(int runs) throws Exception {
        launcher.prepareClassDataSharing(java.time.Duration.ofSeconds(TIMEOUT_SECONDS));
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            RunEnteredWaiter waiter = new RunEnteredWaiter();
            long t0 = System.nanoTime();
            try (HostProcess host = launcher.start(HostOptions.defaults("bench-cold"), waiter)) {
                host.ready().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                String id = UUID.randomUUID().toString();
                CompletableFuture<Long> entered = waiter.expect(id);
                host.send(start(id));
                ms[i] = (entered.get(TIMEOUT_SECONDS, TimeUnit.SECONDS) - t0) / 1e6;
                host.shutdown();
                host.exited().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            }
        }
        return median(ms);
    }

    /**
     * p99 in microseconds of START_INSTANCE sent to RUN_ENTERED received, over {@code fires}
     * instances in one warm host (after {@code fires / 10} unmeasured warm-up fires).
     */
    public double fireToRunP99WarmHostMicros(int fires) throws Exception {
        RunEnteredWaiter waiter = new RunEnteredWaiter();
        try (HostProcess host = launcher.start(HostOptions.defaults("bench-warm"), waiter)) {
            host.ready().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            int warmUp = Math.max(10, fires / 10);
            double[] micros = new double[fires];
            for (int i = -warmUp; i < fires; i++) {
                String id = UUID.randomUUID().toString();
                CompletableFuture<Long> entered = waiter.expect(id);
                long t0 = System.nanoTime();
                host.send(start(id));
                long at = entered.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                if (i >= 0) {
                    micros[i] = (at - t0) / 1e3;
                }
            }
            host.shutdown();
            host.exited().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return percentile(micros, 99);
        }
    }

    private Message start(String id) {
        return Message.of(MessageType.START_INSTANCE).with(Field.INSTANCE_ID, id)
                .with(Field.TASK_ID, id).with(Field.TASK_NAME, "bench")
                .with(Field.PACKAGE_ID, "bench").with(Field.ENTRY_POINT, TASK)
                .with(Field.CODE_JARS, List.of(launcher.hostJar().toString()))
                .with(Field.DETAILS_KIND, TriggerDetailsCodec.NONE).with(Field.SETTINGS, Map.of())
                .with(Field.STATUS, DeviceStatusSnapshot.desktopDefaults().toWire())
                .with(Field.SIM_NANOS, 0L).with(Field.RATE, 0.0).build();
    }

    private Path compileHello() throws IOException {
        Path dir = Files.createDirectories(workDir.resolve("hello"));
        Path src = dir.resolve("Hello.java");
        Files.writeString(src, "public class Hello { public static void main(String[] a) { System.out.println(\"hello\"); } }");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IOException("no Java compiler in this runtime (a JRE?): run bgsim bench on a JDK");
        }
        if (javac.run(null, null, null, "-d", dir.toString(), src.toString()) != 0) {
            throw new IOException("Hello.java did not compile in " + dir);
        }
        return dir;
    }

    static double median(double[] values) {
        return percentile(values, 50);
    }

    /** Nearest-rank percentile. */
    static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** Completes a future per instance id with the {@code nanoTime} its RUN_ENTERED arrived (reader thread). */
    private static final class RunEnteredWaiter implements HostListener {
        private final Map<String, CompletableFuture<Long>> waiting = new ConcurrentHashMap<>();

        CompletableFuture<Long> expect(String id) {
            CompletableFuture<Long> f = new CompletableFuture<>();
            waiting.put(id, f);
            return f;
        }

        @Override
        public void onMessage(HostProcess host, Message m) {
            if (m.type() == MessageType.RUN_ENTERED) {
                long at = System.nanoTime();
                CompletableFuture<Long> f = waiting.remove(m.string(Field.INSTANCE_ID));
                if (f != null) {
                    f.complete(at);
                }
            } else if (m.type() == MessageType.START_FAILED) {
                CompletableFuture<Long> f = waiting.remove(m.string(Field.INSTANCE_ID));
                if (f != null) {
                    f.completeExceptionally(new IllegalStateException("bench task failed to start: " + m));
                }
            }
        }

        @Override
        public void onExit(HostProcess host, HostExit exit) {
            waiting.values().forEach(f -> f.completeExceptionally(new IllegalStateException(exit.describe())));
        }
    }
}
