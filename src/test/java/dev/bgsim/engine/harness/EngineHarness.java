package dev.bgsim.engine.harness;

import dev.bgsim.engine.Command;
import dev.bgsim.engine.app.AppAction;
import dev.bgsim.engine.app.AppState;
import dev.bgsim.engine.event.Events;
import dev.bgsim.engine.CommandResult;
import dev.bgsim.engine.Engine;
import dev.bgsim.engine.EngineConfig;
import dev.bgsim.engine.EngineSnapshot;
import dev.bgsim.engine.device.DeviceProfile;
import dev.bgsim.engine.device.DeviceState;
import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.Subscription;
import dev.bgsim.engine.instance.InstanceState;
import dev.bgsim.engine.packages.SimPackage;
import dev.bgsim.engine.time.ManualTicker;
import dev.bgsim.engine.workspace.Workspace;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A headless engine for tests and scenario runs: start on a profile, load packages, fire, run
 * until a simulated instant, wait for states with real-time deadlines (polling, never fixed
 * sleeps), and read the collected events. Failure messages print the event log.
 */
public final class EngineHarness implements AutoCloseable {
    /** Real-time deadline of every wait: generous, so a loaded 2-core machine never fails a test that is only slow. */
    private static final Duration DEADLINE = Duration.ofSeconds(30);
    /** Pause between two polls of the engine, so a waiting test does not take a core from the engine and task threads. */
    private static final long POLL_NANOS = TimeUnit.MICROSECONDS.toNanos(200);
    private final Engine engine;
    private final List<EngineEvent> events = new CopyOnWriteArrayList<>();
    private final Subscription subscription;

    private EngineHarness(EngineConfig config, Workspace workspace) {
        this.engine = Engine.start(config, workspace);
        this.subscription = engine.subscribe(this::collect, true);
    }

    /**
     * The harness's engine settings: defaults, paused, and real time read from a {@link ManualTicker}
     * that nobody moves. Task code that only waits on the TaskClock is deterministic as long as no
     * piece runs past the busy threshold (200 ms of real time, decision 0002); on a loaded machine a
     * thread that is simply not scheduled for that long would count as "real work" and let time flow,
     * shifting every later event. With the ticker standing still nothing counts as real work, so the
     * tests check the engine's rules, not the machine's speed. A test about real work injects its
     * own ticker and moves it.
     */
    public static EngineConfig config() {
        return EngineConfig.defaults().withStartPaused(true).withTicker(new ManualTicker());
    }

    /** Starts paused on the given profile, on AC, online, user present. */
    public static EngineHarness start(String profile) {
        return start(config().withProfile(DeviceProfile.builtIn(profile)));
    }

    public static EngineHarness start(EngineConfig config) {
        return new EngineHarness(config, Workspace.inMemory());
    }

    /** Starts paused on desktop with a workspace. */
    public static EngineHarness start(Workspace workspace) {
        return new EngineHarness(config(), workspace);
    }

    /** Subscriber thread: collects a batch and wakes {@link #awaitEvents}. */
    private void collect(List<EngineEvent> batch) {
        synchronized (events) {
            events.addAll(batch);
            events.notifyAll();
        }
    }

    public Engine engine() {
        return engine;
    }

    public Instant t0() {
        return EngineConfig.DEFAULT_START;
    }

    /** Submits and waits for the result. */
    public CommandResult run(Command c) {
        CommandResult r;
        try {
            r = engine.submit(c).get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new AssertionError("command " + c + " did not complete: " + e + "\n" + log(), e);
        }
        // The command's batch reaches subscribers on their own thread: wait for it, so that
        // events() after a command always includes that command's events.
        awaitEvents(r.lastSeq());
        return r;
    }

    /** Submits, waits, and fails when refused. */
    public CommandResult ok(Command c) {
        CommandResult r = run(c);
        if (!r.ok()) {
            throw new AssertionError("refused: " + c + ": " + r.message() + "\n" + log());
        }
        return r;
    }

    public void load(SimPackage pkg) {
        ok(new Command.LoadPackage(pkg));
    }

    /** Loads and marks access requested (as an app that called requestAccessAsync). */
    public void loadWithAccess(SimPackage pkg) {
        load(pkg);
        ok(new Command.SetAccessRequested(pkg.identityName(), true));
    }

    public CommandResult fire(String registration) {
        return run(new Command.FireByName(null, registration, false, null));
    }

    public CommandResult forceFire(String registration) {
        return run(new Command.FireByName(null, registration, true, null));
    }

    public void device(UnaryOperator<DeviceState> change) {
        ok(new Command.SetDevice(change));
    }

    /** Runs simulated time until t0 + {@code offset}, then waits until task code is quiet. */
    public void runFor(Duration offset) {
        runUntil(t0().plus(offset));
    }

    public void runUntil(Instant t) {
        ok(new Command.RunUntil(t));
        awaitQuiet();
    }

    /**
     * Reads the engine on its thread, then waits until every event published before the read has
     * been collected: a state seen in a snapshot (awaitState, awaitApp, ...) always comes with the
     * events of the unit of work that produced it.
     */
    public <T> T query(Function<EngineSnapshot, T> f) {
        record Read<V>(V value, long lastSeq) {
        }
        Read<T> read;
        try {
            read = engine.query(s -> new Read<>(f.apply(s), s.lastSeq())).get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new AssertionError("query failed: " + e + "\n" + log(), e);
        }
        awaitEvents(read.lastSeq());
        return read.value();
    }

    public EngineSnapshot snapshot() {
        return query(s -> s);
    }

    /** Waits (real-time deadline) until the predicate holds on a snapshot; the events up to it are collected. */
    public EngineSnapshot await(String what, Predicate<EngineSnapshot> p) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (true) {
            EngineSnapshot s = snapshot();
            if (p.test(s)) {
                return s;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what + "; clock: " + s.clock().explain()
                        + "\ninstances: " + s.instances() + "\n" + log());
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }

    /** Waits until no task code runs or waits for the baton, and every event is collected. */
    public void awaitQuiet() {
        await("task code to go quiet", EngineSnapshot::quiescent);
    }

    /** Waits until instance {@code n} of {@code registration} is in {@code state}. */
    public EngineSnapshot.InstanceView awaitState(String registration, int n, InstanceState state) {
        return await(registration + "#" + n + " " + state,
                s -> s.instance(registration, n).map(i -> i.state() == state).orElse(false))
                .instance(registration, n).orElseThrow();
    }

    /** Blocks until events up to {@code seq} are collected (replay from the start: event #n is the n-th). */
    private void awaitEvents(long seq) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        synchronized (events) {
            while (events.size() < seq) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("events not delivered up to #" + seq + "\n" + log());
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(events, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted waiting for event #" + seq, e);
                }
            }
        }
    }

    /** A user action on a package's app; fails when refused. */
    public CommandResult app(String packageName, AppAction action) {
        return ok(new Command.AppCommand(packageName, action));
    }

    public AppState appState(String packageName) {
        return snapshot().appState(packageName);
    }

    /** Waits until the package's app is in {@code state}. */
    public void awaitApp(String packageName, AppState state) {
        await("app " + packageName + " " + state, s -> s.appState(packageName) == state);
    }

    /** The last value set for a local setting (from the LocalSettingChanged events), or null. */
    public Object setting(String key) {
        return events("LocalSettingChanged").stream().map(e -> e.payloadAs(Events.LocalSettingChanged.class))
                .filter(p -> p.key().equals(key)).map(Events.LocalSettingChanged::value).reduce((a, b) -> b).orElse(null);
    }

    /** Waits until a local setting has been set to {@code value}. */
    public void awaitSetting(String key, Object value) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!java.util.Objects.equals(String.valueOf(setting(key)), String.valueOf(value))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for setting " + key + " = " + value + ", was " + setting(key)
                        + "\n" + log());
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }

    public List<EngineEvent> events() {
        return List.copyOf(events);
    }

    public List<EngineEvent> events(String type) {
        return events.stream().filter(e -> e.type().equals(type)).toList();
    }

    /** The event log, one readable line per event (for failure messages). */
    public String log() {
        return events.stream().map(EngineEvent::describe).collect(Collectors.joining("\n"));
    }

    @Override
    public void close() {
        subscription.close();
        engine.close();
        if (!engine.errors().isEmpty()) {
            throw new AssertionError("engine errors: " + engine.errors());
        }
    }
}
