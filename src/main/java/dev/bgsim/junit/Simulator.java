package dev.bgsim.junit;

import dev.bgsim.checker.EngineChecker;
import dev.bgsim.checker.Finding;
import dev.bgsim.engine.Command;
import dev.bgsim.engine.CommandResult;
import dev.bgsim.engine.Engine;
import dev.bgsim.engine.EngineSnapshot;
import dev.bgsim.engine.app.AppAction;
import dev.bgsim.engine.device.AccessSetting;
import dev.bgsim.engine.device.BatterySaverMode;
import dev.bgsim.engine.device.DeviceState;
import dev.bgsim.engine.device.MemoryPressure;
import dev.bgsim.engine.device.PowerSource;
import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.scenario.record.RecordingHeader;
import dev.bgsim.scenario.record.RecordingWriter;
import dev.bgsim.sdk.BackgroundTaskCancellationReason;
import dev.bgsim.sdk.SystemTriggerType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A headless simulator for one test (SPEC 6.4): the same engine as the GUI, started paused at a
 * fixed instant with time skipping, so that a test of tasks that use {@code TaskClock} gives the
 * same result every run. Every method returns when the engine has applied it, its events are in
 * and task code is quiet; setup steps that the engine refuses (a package that does not load, an
 * app action not possible now) fail the test with the engine's reason and the recent events.
 * Not thread-safe: drive it from the test thread.
 */
public final class Simulator implements AutoCloseable {
    private final EngineDriver driver;
    private final EngineChecker checker;
    private final RecordingWriter recording;
    private final Instant start;
    private CommandResult lastAnswer;

    private Simulator(EngineDriver driver, EngineChecker checker, RecordingWriter recording, Instant start) {
        this.driver = driver;
        this.checker = checker;
        this.recording = recording;
        this.start = start;
    }

    /** A simulator started as {@code settings} say; {@code name} names its recording (if recorded). */
    public static Simulator start(SimulatorSettings settings, String name) {
        var config = settings.engineConfig();
        Engine engine = Engine.start(config);
        RecordingWriter writer = null;
        if (settings.recordTo().isPresent()) {
            try {
                writer = RecordingWriter.create(settings.recordTo().get().resolve(name + ".jsonl"),
                        RecordingHeader.of(config, name, List.of(), Clock.systemUTC())).attachTo(engine);
            } catch (IOException e) {
                engine.close();
                throw new UncheckedIOException("cannot record to " + settings.recordTo().get() + ": " + e.getMessage(), e);
            }
        }
        Simulator sim = new Simulator(new EngineDriver(engine), EngineChecker.attach(engine), writer, config.start());
        sim.driver.awaitQuiet();
        return sim;
    }

    /** A desktop simulator at the default start, not recorded. */
    public static Simulator start() {
        return start(SimulatorSettings.defaults(), "simulator");
    }

    // ------------------------------------------------------------------ packages and apps

    /** Loads a package file (jar, bgsim-manifest.json, appx manifest, or a folder holding one). */
    public Simulator load(Path packageFile) {
        return required(new Command.LoadPackageFile(packageFile));
    }

    /** {@link #load(Path)} with a path relative to the working directory (the project folder under Maven). */
    public Simulator load(String packageFile) {
        return load(Path.of(packageFile));
    }

    /** Launches the package's app ({@code onLaunched}). */
    public Simulator launch(String packageName) {
        return app(packageName, AppAction.LAUNCH);
    }

    /** A user action on the package's app: LAUNCH, MINIMISE, RESTORE, SUSPEND, RESUME, TERMINATE... */
    public Simulator app(String packageName, AppAction action) {
        return required(new Command.AppCommand(packageName, action));
    }

    /** The user's background access setting for a package. */
    public Simulator access(String packageName, AccessSetting setting) {
        return required(new Command.SetAccess(packageName, setting));
    }

    // ------------------------------------------------------------------ device

    /** Any device change, e.g. {@code d -> d.withInternet(false).withMetered(true)}. */
    public Simulator device(UnaryOperator<DeviceState> change) {
        return required(new Command.SetDevice(change));
    }

    public Simulator onBattery(int percent) {
        return device(d -> d.withPower(PowerSource.BATTERY).withBatteryPercent(percent));
    }

    public Simulator onAc() {
        return device(d -> d.withPower(PowerSource.AC));
    }

    public Simulator batterySaver(boolean on) {
        return device(d -> d.withSaver(on ? BatterySaverMode.ON : BatterySaverMode.OFF));
    }

    public Simulator internet(boolean available) {
        return device(d -> d.withInternet(available));
    }

    public Simulator memoryPressure(MemoryPressure pressure) {
        return device(d -> d.withMemoryPressure(pressure));
    }

    // ------------------------------------------------------------------ triggers and instances

    /**
     * Fires every registration of this name by hand, obeying conditions and policy (a fire that
     * only latches is no failure: see {@link #lastAnswer()}). Fails if no registration has the name.
     */
    public Simulator fire(String registration) {
        return fire(registration, false, null);
    }

    /** Fires skipping conditions and policy. */
    public Simulator forceFire(String registration) {
        return fire(registration, true, null);
    }

    /** Fires with arguments: the task sees them in its trigger details. */
    public Simulator fire(String registration, Map<String, Object> arguments) {
        return fire(registration, false, arguments);
    }

    private Simulator fire(String registration, boolean forced, Map<String, Object> arguments) {
        requireRegistration(registration);
        lastAnswer = driver.apply(new Command.FireByName(null, registration, forced, arguments));
        return this;
    }

    /** The foreground app signals the registration's app trigger ({@code requestAsync}); see {@link #lastAnswer()}. */
    public Simulator request(String registration, Map<String, Object> arguments) {
        requireRegistration(registration);
        lastAnswer = driver.apply(new Command.RequestTrigger(null, registration, arguments, null));
        return this;
    }

    /** A system event: every registration listening for it is triggered. */
    public Simulator raise(SystemTriggerType event) {
        return required(new Command.RaiseSystemEvent(event));
    }

    /** The user cancels instance {@code n} of the registration with a reason. */
    public Simulator cancel(String registration, int n, BackgroundTaskCancellationReason reason) {
        return required(new Command.CancelInstance(view(registration, n).id(), reason));
    }

    // ------------------------------------------------------------------ time

    /** Lets simulated time run for {@code by}. */
    public Simulator advance(Duration by) {
        return advanceTo(now().plus(by));
    }

    /** Lets simulated time run until {@code sinceStart} after the start (nothing happens when it is already later). */
    public Simulator advanceTo(Duration sinceStart) {
        return required(new Command.RunUntil(start.plus(sinceStart)));
    }

    /** Simulated time since the start. */
    public Duration now() {
        return Duration.between(start, driver.query(s -> s.clock().now()));
    }

    // ------------------------------------------------------------------ assertions and reading

    /** Instance {@code n} (from 1, in start order) of the registration, for assertions. Fails if it has not started. */
    public InstanceAssert instance(String registration, int n) {
        return new InstanceAssert(registration + "#" + n, view(registration, n), driver::recentEvents);
    }

    /** How many instances of the registration have started. */
    public int instanceCount(String registration) {
        return (int) snapshot().instances().stream().filter(i -> i.registration().equals(registration)).count();
    }

    /** The guidelines checker's findings so far (SPEC 4). */
    public List<Finding> findings() {
        try {
            return checker.findingsThrough(snapshot().lastSeq(), EngineDriver.DEADLINE);
        } catch (TimeoutException e) {
            throw new AssertionError(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted waiting for the checker", e);
        }
    }

    /** Fails unless the checker raised this rule (id {@code BG103} or name {@code deferral-never-completed}). */
    public Simulator assertFinding(String rule) {
        if (findings(rule).isEmpty()) {
            throw new AssertionError("expected finding " + rule + "; the checker found: " + describe(findings()));
        }
        return this;
    }

    /** Fails if the checker raised this rule. */
    public Simulator assertNoFinding(String rule) {
        List<Finding> found = findings(rule);
        if (!found.isEmpty()) {
            throw new AssertionError("expected no finding " + rule + "; the checker found: " + describe(found));
        }
        return this;
    }

    /** The findings of one rule (id or name) so far. */
    public List<Finding> findings(String rule) {
        findings(); // waits until the checker has folded in every event so far
        return checker.findings(rule);
    }

    /** Fails if the checker raised anything. */
    public Simulator assertNoFindings() {
        List<Finding> all = findings();
        if (!all.isEmpty()) {
            throw new AssertionError("expected no findings; the checker found: " + describe(all));
        }
        return this;
    }

    /** The engine's answer to the last fire or request (why it only latched, say). */
    public CommandResult lastAnswer() {
        return lastAnswer;
    }

    /** Every event so far. */
    public List<EngineEvent> events() {
        return driver.events();
    }

    /** Every event of a type so far ({@code InstanceCanceled}, ...). */
    public List<EngineEvent> events(String type) {
        return driver.events().stream().filter(e -> e.type().equals(type)).toList();
    }

    /** The state of everything now. */
    public EngineSnapshot snapshot() {
        return driver.awaitQuiet();
    }

    /** The engine, for what this API does not cover. */
    public Engine engine() {
        return driver.engine();
    }

    /** Stops recording (if recorded), the checker and the engine. */
    @Override
    public void close() {
        try {
            if (recording != null) {
                recording.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the recording " + recording.file() + " could not be closed", e);
        } finally {
            checker.close();
            driver.close();
        }
    }

    private Simulator required(Command command) {
        CommandResult result = driver.apply(command);
        if (!result.ok()) {
            throw new AssertionError("the simulator refused " + command + ": " + result.message() + "\n" + driver.recentEvents());
        }
        return this;
    }

    private void requireRegistration(String name) {
        if (snapshot().registrations().stream().noneMatch(r -> r.name().equals(name))) {
            throw new AssertionError("no registration named " + name + "; registrations: " + snapshot().registrations()
                    .stream().map(r -> r.packageName() + "/" + r.name()).collect(Collectors.joining(", ")));
        }
    }

    private EngineSnapshot.InstanceView view(String registration, int n) {
        return snapshot().instance(registration, n).orElseThrow(() -> new AssertionError(registration + "#" + n
                + " has not started (" + instanceCount(registration) + " instances of " + registration + " did)\n"
                + driver.recentEvents()));
    }

    private static String describe(List<Finding> findings) {
        return findings.isEmpty() ? "nothing" : findings.stream().map(Finding::describe).collect(Collectors.joining("; "));
    }
}
