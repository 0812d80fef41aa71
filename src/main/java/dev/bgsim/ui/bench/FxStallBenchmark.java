package dev.bgsim.ui.bench;

import dev.bgsim.engine.Engine;
import dev.bgsim.engine.EngineConfig;
import dev.bgsim.engine.packages.BasicPackage;
import dev.bgsim.scenario.bench.Benchmark;
import dev.bgsim.scenario.bench.Measurement;
import dev.bgsim.sdk.SystemTrigger;
import dev.bgsim.sdk.SystemTriggerType;
import dev.bgsim.ui.MainWindow;
import dev.bgsim.ui.Session;
import dev.bgsim.ui.port.EngineSimulatorPort;
import dev.bgsim.ui.shell.RecentPackages;
import dev.bgsim.ui.theme.Stylesheets;
import dev.bgsim.ui.theme.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * {@code fxLongestStallMs}: the longest time the FX thread went without a pulse while the engine
 * emitted {@value #EVENTS_PER_SECOND} events a second for {@value #MEASURED_SECONDS} s into the
 * real window: the event drain, the read models, the timeline feed and every view of the main
 * window, shown on a stage. The load is {@value #REGISTRATIONS} registrations of a chatty task
 * ({@link StallWorkloadTask}) fired round-robin by an {@link EventPacer}; the gaps between pulses
 * are recorded by {@link PulseGaps} after {@value #WARMUP_SECONDS} s of the same load as warm-up.
 * Goal at most 50 ms (we aim for 16: no frame missed). Needs a display or Monocle headless.
 *
 * <p>Run it with {@code bgsim bench fxLongestStallMs} under a display (Xvfb), or with Monocle
 * headless; {@code java -cp target/bgsim.jar dev.bgsim.ui.bench.FxStallBenchmark [SECONDS RATE]}
 * runs it with another load and prints what it saw on standard error, with what else the process
 * did meanwhile ({@link ProcessCosts}). {@code -Dbgsim.bench.warmup=SECONDS} warms up longer, to
 * see the window once the JIT compiler has settled.
 */
public final class FxStallBenchmark implements Benchmark {
    public static final String NAME = "fxLongestStallMs";
    public static final double GOAL_MS = 50;
    static final double EVENTS_PER_SECOND = 10_000;
    static final int MEASURED_SECONDS = 10;
    static final int WARMUP_SECONDS = 3;
    static final int IDLE_SECONDS = 3;
    static final int REGISTRATIONS = 8;
    private static final String PACKAGE = "Bench.Stall";

    private final int measuredSeconds;
    private final double eventsPerSecond;

    public FxStallBenchmark() {
        this(MEASURED_SECONDS, EVENTS_PER_SECOND);
    }

    public FxStallBenchmark(int measuredSeconds, double eventsPerSecond) {
        this.measuredSeconds = measuredSeconds;
        this.eventsPerSecond = eventsPerSecond;
    }

    /** What one run saw. */
    public record Result(double longestStallMs, double p99GapMs, double longestCpuMs, int pulses,
                         double eventsPerSecond, long eventsDrained, int backlogAtEnd, double idleLongestMs,
                         double p50CpuMs, double p99CpuMs, double fxCpuShare, double p99LayoutCpuMs,
                         double busiestGapLayoutCpuMs, String alongside) {
        public String describe() {
            return String.format(Locale.ROOT, "longest pulse gap %.1f ms (FX thread CPU in a gap at most %.1f ms), "
                    + "p99 %.1f ms over %d pulses; FX thread CPU per gap p50 %.1f ms, p99 %.1f ms (CSS and layout "
                    + "p99 %.1f ms, %.1f ms of the busiest gap), %.0f%% of the measured time; engine emitted "
                    + "%.0f events/s; the window drained %d events, %d waiting at the end; idle before the load, "
                    + "the longest gap was %.1f ms (machine load %.1f); meanwhile: %s",
                    longestStallMs, longestCpuMs, p99GapMs, pulses, p50CpuMs, p99CpuMs, p99LayoutCpuMs,
                    busiestGapLayoutCpuMs, 100 * fxCpuShare,
                    eventsPerSecond, eventsDrained, backlogAtEnd, idleLongestMs,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), alongside);
        }
    }

    public static void main(String[] args) throws Exception {
        // Optional: seconds and events per second (defaults 10 and 10,000), to compare with an idle run.
        FxStallBenchmark bench = args.length == 2
                ? new FxStallBenchmark(Integer.parseInt(args[0]), Double.parseDouble(args[1])) : new FxStallBenchmark();
        System.out.println(bench.run().toJsonLine());
        javafx.application.Platform.exit();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "longest FX-thread stall (ms between pulses) while the engine emits 10,000 events/s for 10 s "
                + "into the real window (needs a display)";
    }

    /** Runs the benchmark on the calling thread (not the FX thread); says what it saw on standard error. */
    @Override
    public Measurement run() throws Exception {
        Result r = measure();
        System.err.println(NAME + ": " + r.describe());
        return Measurement.atMost(NAME, r.longestStallMs(), "ms", GOAL_MS);
    }

    /** Runs the load and records the pulses. */
    public Result measure() throws Exception {
        FxBench.startPlatform();
        // The compiler as the GUI has it (StartupJit): C2 off while the window is built, and on a
        // small machine for the rest of the session too.
        String jit = dev.bgsim.ui.StartupJit.begin();
        Engine engine = Engine.start(EngineConfig.defaults());
        Session session = new Session(new EngineSimulatorPort(engine));
        PulseGaps gaps = new PulseGaps(1_000 * (measuredSeconds + 5));
        Stage stage = FxBench.onFx(() -> show(session, gaps));
        try (EventPacer pacer = new EventPacer(engine, PACKAGE, names())) {
            engine.submit(new dev.bgsim.engine.Command.LoadPackage(workload())).get(30, TimeUnit.SECONDS);
            FxBench.awaitTrue("the window lists the workload's registrations", 30,
                    () -> FxBench.onFx(() -> session.registry().packages().stream()
                            .anyMatch(p -> p.registrations().size() == REGISTRATIONS)));
            jit += "; " + dev.bgsim.ui.StartupJit.startupDone();
            // The same window idle first: on a shared machine even an idle FX thread misses pulses.
            FxBench.onFx(() -> {
                gaps.reset();
                return null;
            });
            Thread.sleep(TimeUnit.SECONDS.toMillis(IDLE_SECONDS));
            double idleLongest = FxBench.onFx(gaps::longestMs);
            pacer.start(eventsPerSecond);
            Thread.sleep(TimeUnit.SECONDS.toMillis(Integer.getInteger("bgsim.bench.warmup", WARMUP_SECONDS)));
            long drainedBefore = FxBench.onFx(() -> {
                gaps.reset();
                return session.drain().drained();
            });
            long emittedBefore = pacer.emitted();
            long started = System.nanoTime();
            String alongside;
            try (ProcessCosts costs = new ProcessCosts()) {
                Thread.sleep(TimeUnit.SECONDS.toMillis(measuredSeconds));
                alongside = costs.describe() + " (" + jit + ")";
            }
            long emitted = pacer.emitted() - emittedBefore;
            double seconds = (System.nanoTime() - started) / 1e9;
            pacer.stop();
            return FxBench.onFx(() -> new Result(gaps.longestMs(), gaps.percentileMs(0.99), gaps.longestCpuMs(), gaps.pulses(),
                    emitted / seconds, session.drain().drained() - drainedBefore, session.drain().backlog(), idleLongest,
                    gaps.cpuPercentileMs(0.5), gaps.cpuPercentileMs(0.99), gaps.totalCpuMs() / 1e3 / seconds,
                    gaps.layoutCpuPercentileMs(0.99), gaps.layoutCpuInBusiestGapMs(), alongside));
        } finally {
            if (dev.bgsim.ui.StartupJit.staysOffAfterStartup()) {
                dev.bgsim.ui.StartupJit.end();   // later benchmarks in this JVM measure the engine with C2
            }
            FxBench.onFx(() -> {
                gaps.stop();
                stage.hide();
                session.close();
                return null;
            });
        }
    }

    private static Stage show(Session session, PulseGaps gaps) {
        Application.setUserAgentStylesheet(Theme.LIGHT.userAgentStylesheet());
        MainWindow window = new MainWindow(session, () -> { }, () -> { },
                new RecentPackages(List::of, path -> { }));
        Scene scene = new Scene(window.createView(), 1_580, 980);
        scene.getStylesheets().addAll(Stylesheets.all());
        Stage stage = new Stage();
        stage.setScene(scene);
        stage.setTitle("bgsim — " + NAME);
        session.start();
        stage.show();
        gaps.watch(scene);
        gaps.start();
        return stage;
    }

    private static List<String> names() {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= REGISTRATIONS; i++) {
            names.add("Chatty" + i);
        }
        return names;
    }

    private static BasicPackage workload() {
        BasicPackage.Builder b = BasicPackage.builder(PACKAGE).version("1.0.0.0")
                .task(StallWorkloadTask.class, "systemEvent");
        for (String name : names()) {
            b.registration(name, StallWorkloadTask.class, new SystemTrigger(SystemTriggerType.TIME_ZONE_CHANGE, false));
        }
        return b.build();
    }
}
