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
 * process it started, and returns one number. The task is a trivial {@code BackgroundTask}
 * compiled at run time against the SDK and packed in its own small jar, loaded through a package
 * class loader like any task. Not thread-safe: one benchmark at a time.
 */
public final class HostBenchmarks {
    private static final long TIMEOUT_SECONDS = 60;
    private static final String TASK = "BenchTask";

    private final HostLauncher launcher;
    private final Path workDir;
    private Path taskJar;

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
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            ms[i] = helloOnce(classes);
        }
        return median(ms);
    }

    /**
     * Both start-up medians measured in one loop, a hello and a cold host in turn, so that a
     * change in machine load touches both alike (on a shared machine, two loops minutes apart can
     * differ by 2x). This is the fair input for the ratio of issue 5.
     */
    public ColdStartComparison coldStartVersusHello(int runs) throws Exception {
        Path classes = compileHello();
        launcher.prepareClassDataSharing(java.time.Duration.ofSeconds(TIMEOUT_SECONDS));
        taskJar();
        double[] hello = new double[runs];
        double[] host = new double[runs];
        for (int i = 0; i < runs; i++) {
            hello[i] = helloOnce(classes);
            host[i] = coldStartOnce();
        }
        return new ColdStartComparison(median(hello), median(host));
    }

    /** Medians of the interleaved loop of {@link #coldStartVersusHello}. */
    public record ColdStartComparison(double bareJavaHelloMs, double coldHostStartMs) {
        /** Cold host start as a multiple of the floor (goal at most 1.3). */
        public double ratio() {
            return coldHostStartMs / bareJavaHelloMs;
        }
    }

    private double helloOnce(Path classes) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(java, "-cp", classes.toString(), "Hello")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException("java Hello did not run cleanly (exit " + (p.isAlive() ? "none" : p.exitValue()) + ")");
        }
        return (System.nanoTime() - t0) / 1e6;
    }

    /**
     * Median ms from spawn to the first {@code run()} entered over {@code runs} hosts. The
     * START_INSTANCE frame is sent right after the spawn, as an activation that needs a new host
     * does: the host reads it as soon as it is READY.
     */
    public double coldHostStartMs(int runs) throws Exception {
        launcher.prepareClassDataSharing(java.time.Duration.ofSeconds(TIMEOUT_SECONDS));
        taskJar();
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            ms[i] = coldStartOnce();
        }
        return median(ms);
    }

    private double coldStartOnce() throws Exception {
        RunEnteredWaiter waiter = new RunEnteredWaiter();
        String id = UUID.randomUUID().toString();
        CompletableFuture<Long> entered = waiter.expect(id);
        long t0 = System.nanoTime();
        try (HostProcess host = launcher.start(HostOptions.defaults("bench-cold"), waiter)) {
            host.send(start(id));
            double ms = (entered.get(TIMEOUT_SECONDS, TimeUnit.SECONDS) - t0) / 1e6;
            host.shutdown();
            host.exited().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return ms;
        }
    }

    /**
     * p99 in microseconds of START_INSTANCE sent to RUN_ENTERED received, over {@code fires}
     * instances in one warm host (after {@code fires / 10} unmeasured warm-up fires).
     */
    public double fireToRunP99WarmHostMicros(int fires) throws Exception {
        taskJar();
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

    private Message start(String id) throws IOException {
        return Message.of(MessageType.START_INSTANCE).with(Field.INSTANCE_ID, id)
                .with(Field.TASK_ID, id).with(Field.TASK_NAME, "bench")
                .with(Field.PACKAGE_ID, "bench").with(Field.ENTRY_POINT, TASK)
                .with(Field.CODE_JARS, List.of(taskJar().toString()))
                .with(Field.DETAILS_KIND, TriggerDetailsCodec.NONE).with(Field.SETTINGS, Map.of())
                .with(Field.STATUS, DeviceStatusSnapshot.desktopDefaults().toWire())
                .with(Field.SIM_NANOS, 0L).with(Field.RATE, 0.0).build();
    }

    private Path compileHello() throws IOException {
        return compile("hello", "Hello",
                "public class Hello { public static void main(String[] a) { System.out.println(\"hello\"); } }", null);
    }

    /** The trivial task's jar, compiled against the SDK in the host jar on first use. */
    private Path taskJar() throws IOException {
        if (taskJar == null) {
            Path classes = compile("task", TASK, "public class " + TASK + " implements dev.bgsim.sdk.BackgroundTask {"
                    + " public void run(dev.bgsim.sdk.BackgroundTaskInstance i) { } }", launcher.hostJar().toString());
            Path jar = workDir.resolve("bench-task.jar");
            try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
                out.putNextEntry(new java.util.jar.JarEntry(TASK + ".class"));
                out.write(Files.readAllBytes(classes.resolve(TASK + ".class")));
                out.closeEntry();
            }
            taskJar = jar;
        }
        return taskJar;
    }

    private Path compile(String dirName, String className, String source, String classPath) throws IOException {
        Path dir = Files.createDirectories(workDir.resolve(dirName));
        Path src = dir.resolve(className + ".java");
        Files.writeString(src, source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IOException("no Java compiler in this runtime (a JRE?): run bgsim bench on a JDK");
        }
        List<String> args = new java.util.ArrayList<>(List.of("-d", dir.toString()));
        if (classPath != null) {
            args.addAll(List.of("-cp", classPath));
        }
        args.add(src.toString());
        if (javac.run(null, null, null, args.toArray(String[]::new)) != 0) {
            throw new IOException(src + " did not compile");
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
