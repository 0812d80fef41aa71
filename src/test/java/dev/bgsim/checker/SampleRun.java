package dev.bgsim.checker;

import dev.bgsim.engine.Command;
import dev.bgsim.engine.EngineConfig;
import dev.bgsim.engine.device.DeviceProfile;
import dev.bgsim.engine.EngineSnapshot;
import dev.bgsim.engine.harness.EngineHarness;
import dev.bgsim.sdk.BackgroundTaskCancellationReason;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * One sample package, loaded from its built jar as a user would load it, in a fresh headless
 * engine with the checker attached: a test drives it through the harness and reads the findings
 * the checker folded from the engine's stream.
 */
public final class SampleRun {
    private static final Duration DEADLINE = Duration.ofSeconds(20);

    private SampleRun() {
    }

    /** Loads sample {@code name} on {@code profile} (access requested), runs {@code script}, answers every finding. */
    public static List<Finding> findings(String profile, String name, Consumer<EngineHarness> script) {
        return findings(profile, name, true, script);
    }

    /** As {@link #findings(String, String, Consumer)}; without {@code accessRequested} the app must ask itself. */
    public static List<Finding> findings(String profile, String name, boolean accessRequested, Consumer<EngineHarness> script) {
        return findings(EngineHarness.config().withProfile(DeviceProfile.builtIn(profile)), name, accessRequested, script);
    }

    /**
     * As {@link #findings(String, String, Consumer)}, on the real clock: for task code that does
     * real work (a busy loop), which lets simulated time flow only as real time passes. The
     * harness's default ticker stands still, so such a task would hold the clock forever.
     */
    public static List<Finding> findingsInRealTime(String profile, String name, Consumer<EngineHarness> script) {
        return findings(EngineConfig.defaults().withStartPaused(true).withProfile(DeviceProfile.builtIn(profile)),
                name, true, script);
    }

    private static List<Finding> findings(EngineConfig config, String name, boolean accessRequested,
            Consumer<EngineHarness> script) {
        try (EngineHarness h = EngineHarness.start(config); EngineChecker checker = EngineChecker.attach(h.engine())) {
            java.nio.file.Path jar = SampleJars.of(name);
            h.ok(new Command.LoadPackageFile(jar));
            if (accessRequested) {
                h.ok(new Command.SetAccessRequested(identityName(jar), true));
            }
            script.accept(h);
            h.awaitQuiet();
            return checker.findingsThrough(h.snapshot().lastSeq(), DEADLINE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private static String identityName(java.nio.file.Path jar) {
        try {
            return new dev.bgsim.pkg.PackageLoader().load(jar).orElseThrow().name();
        } catch (dev.bgsim.pkg.PackageLoadException e) {
            throw new AssertionError(jar + " does not load: " + e.getMessage(), e);
        }
    }

    /** Cancels instance {@code n} of {@code registration} as the user would, with {@code reason}. */
    public static void cancel(EngineHarness h, String registration, int n, BackgroundTaskCancellationReason reason) {
        EngineSnapshot.InstanceView i = h.snapshot().instance(registration, n)
                .orElseThrow(() -> new AssertionError("no instance " + registration + "#" + n + "\n" + h.log()));
        h.ok(new Command.CancelInstance(i.id(), reason));
    }

    /**
     * Waits (real-time deadline, polling) until {@code count} events of {@code type} were recorded.
     * Tests wait for what they need to have happened rather than only for quiet: under heavy load
     * an app callback can be declared "doing real work" and the engine then looks quiet while it runs.
     */
    public static void awaitEvents(EngineHarness h, String type, int count) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (h.events(type).size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + count + " " + type + " event(s)\n" + h.log());
            }
            Thread.onSpinWait();
        }
        h.awaitQuiet();
    }

    /** Findings one a line, for failure messages. */
    public static String describe(List<Finding> findings) {
        return findings.isEmpty() ? "(no findings)" : findings.stream().map(Finding::describe).collect(Collectors.joining("\n"));
    }
}
