package dev.bgsim.engine.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bgsim.engine.Command;
import dev.bgsim.engine.CommandResult;
import dev.bgsim.engine.Engine;
import dev.bgsim.engine.EngineConfig;
import dev.bgsim.engine.EngineSnapshot;
import dev.bgsim.engine.device.DeviceProfile;
import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.Events;
import dev.bgsim.engine.event.Subscription;
import dev.bgsim.engine.instance.InstanceState;
import dev.bgsim.engine.packages.BasicPackage;
import dev.bgsim.engine.packages.DeclaredTask;
import dev.bgsim.engine.packages.ManifestRegistration;
import dev.bgsim.host.process.ProcessSignals;
import dev.bgsim.host.process.TaskJarBuilder;
import dev.bgsim.sdk.BackgroundTaskCancellationReason;
import dev.bgsim.sdk.SystemTrigger;
import dev.bgsim.sdk.SystemTriggerType;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Out-of-process tasks in real child JVMs, through the engine (SPEC 3.7, 3.8, issue 5): a host
 * that halts takes down only its own instances; suspend freezes; the memory quota is the host's
 * heap; the fault matrix ends in the right instance state with a readable cause; TaskClock stays
 * deterministic; no host process is left behind. Waits poll with generous real-time deadlines
 * (a 2-core CI machine starts JVMs slowly); nothing sleeps a fixed time.
 */
class ChildHostEngineTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String PKG = "Demo.Hosts";
    private static final Instant T0 = EngineConfig.DEFAULT_START;

    @TempDir
    static Path dir;
    static Path jar;
    static final List<Long> spawned = new CopyOnWriteArrayList<>();

    private Engine engine;
    private final List<EngineEvent> events = new CopyOnWriteArrayList<>();
    private Subscription subscription;

    @BeforeAll
    static void buildTasks() throws Exception {
        Map<String, String> src = new LinkedHashMap<>();
        src.put("demo.Halts", """
                package demo;
                public class Halts implements dev.bgsim.sdk.BackgroundTask {
                    public void run(dev.bgsim.sdk.BackgroundTaskInstance t) { Runtime.getRuntime().halt(7); }
                }
                """);
        src.put("demo.Exits", """
                package demo;
                public class Exits implements dev.bgsim.sdk.BackgroundTask {
                    public void run(dev.bgsim.sdk.BackgroundTaskInstance t) {
                        t.getLocalSettings().put("Exits", "Saved");
                        System.exit(3);
                    }
                }
                """);
        src.put("demo.Quick", """
                package demo;
                import dev.bgsim.sdk.*;
                import java.time.Duration;
                public class Quick implements BackgroundTask {
                    public void run(BackgroundTaskInstance t) throws Exception {
                        t.setProgress(50);
                        t.getClock().sleep(Duration.ofSeconds(10));
                        t.getLocalSettings().put("Quick", "done at " + t.getClock().now());
                    }
                }
                """);
        src.put("demo.Waits", """
                package demo;
                import dev.bgsim.sdk.*;
                import java.time.Duration;
                public class Waits implements BackgroundTask {
                    public void run(BackgroundTaskInstance t) throws Exception {
                        t.getClock().sleep(Duration.ofSeconds(45));
                    }
                }
                """);
        src.put("demo.Steps", """
                package demo;
                import dev.bgsim.sdk.*;
                import java.time.Duration;
                public class Steps implements BackgroundTask {
                    public void run(BackgroundTaskInstance t) throws Exception {
                        for (int i = 1; i <= 20; i++) {
                            t.getClock().sleep(Duration.ofSeconds(1));
                            t.setProgress(i * 5);
                        }
                        t.getLocalSettings().put("Steps.suspendedCount", t.getSuspendedCount());
                    }
                }
                """);
        src.put("demo.OomCaught", """
                package demo;
                import dev.bgsim.sdk.*;
                public class OomCaught implements BackgroundTask {
                    public void run(BackgroundTaskInstance t) {
                        java.util.List<byte[]> all = new java.util.ArrayList<>();
                        try {
                            for (int i = 0; i < 64; i++) { all.add(new byte[1 << 20]); }
                            t.getLocalSettings().put("OomCaught", "no OutOfMemoryError");
                        } catch (OutOfMemoryError e) {
                            int n = all.size();
                            all.clear();
                            t.getLocalSettings().put("OomCaught", "OutOfMemoryError after " + n + " MB, limit "
                                    + (t.getSystemStatus().getAppMemoryUsageLimit() >> 20) + " MB");
                        }
                    }
                }
                """);
        src.put("demo.OomEscapes", """
                package demo;
                import dev.bgsim.sdk.*;
                public class OomEscapes implements BackgroundTask {
                    public void run(BackgroundTaskInstance t) {
                        java.util.List<byte[]> all = new java.util.ArrayList<>();
                        for (int i = 0; i < 64; i++) { all.add(new byte[1 << 20]); }
                        t.getLocalSettings().put("OomEscapes", "held " + all.size());
                    }
                }
                """);
        src.put("demo.OpensWindow", """
                package demo;
                public class OpensWindow implements dev.bgsim.sdk.BackgroundTask {
                    public void run(dev.bgsim.sdk.BackgroundTaskInstance t) {
                        new java.awt.Frame("a window").setVisible(true);
                    }
                }
                """);
        src.put("demo.Everything", """
                package demo;
                import dev.bgsim.sdk.*;
                import java.time.Duration;
                public class Everything implements BackgroundTask {
                    public void run(BackgroundTaskInstance t) throws Exception {
                        BackgroundTaskDeferral d = t.getDeferral();
                        t.addCanceledListener((s, r) -> {
                            s.getLocalSettings().put("Everything.canceled", r.name() + " at " + s.getClock().now());
                            d.complete();
                        });
                        System.out.println("hello from the host");
                        t.getLogger().log(System.Logger.Level.INFO, "logged");
                        t.getNotifications().showToast("Title", "Text");
                        t.getLocalSettings().put("Everything.status", t.getSystemStatus().getPowerSupplyStatus().name());
                        t.getClock().createTimer(() -> t.setProgress(10), Duration.ofSeconds(2));
                        t.getClock().sleep(Duration.ofSeconds(5));
                        t.setProgress(20);
                        t.getLocalSettings().put("Everything.woke", t.getClock().now().toString());
                    }
                }
                """);
        jar = TaskJarBuilder.build(dir, "host-demo", src);
    }

    @AfterAll
    static void noHostIsLeft() throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        List<Long> alive;
        do {
            alive = new ArrayList<>();
            for (long pid : spawned) {
                if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    alive.add(pid);
                }
            }
            alive.addAll(hostDescendants());
            if (alive.isEmpty()) {
                return;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("host processes left after the tests: " + alive);
    }

    /** Child processes of this JVM that run a task host (spare and warm ones included). */
    static List<Long> hostDescendants() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .filter(p -> p.info().commandLine().orElse("").contains("bgsim-host"))
                .map(ProcessHandle::pid).toList();
    }

    @AfterEach
    void close() {
        if (engine != null) {
            spawned.addAll(engine.hostPids());
            subscription.close();
            engine.close();
            assertEquals(List.of(), engine.hostPids(), "every host this engine started is killed on close");
            assertEquals(List.of(), engine.errors());
        }
    }

    // ---------------------------------------------------------------- set-up and waits

    private static DeclaredTask task(String entryPoint, String group) {
        return new DeclaredTask(entryPoint, Set.of("systemEvent"), group, false);
    }

    private static ManifestRegistration reg(String name, String entryPoint) {
        return new ManifestRegistration(name, entryPoint, new SystemTrigger(SystemTriggerType.TIME_ZONE_CHANGE, false),
                List.of(), false);
    }

    /** Every demo task registered under its simple name; groups as given (default host otherwise). */
    private BasicPackage pkg(Map<String, String> groups) throws Exception {
        BasicPackage.Builder b = BasicPackage.builder(PKG).codeJars(List.of(jar))
                .classLoader(new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader()));
        for (String name : List.of("Halts", "Exits", "Quick", "Waits", "Steps", "OomCaught", "OomEscapes", "OpensWindow",
                "Everything")) {
            b.task(task("demo." + name, groups.get(name))).registration(reg(name, "demo." + name));
        }
        return b.build();
    }

    private void start(String profile, Map<String, String> groups) throws Exception {
        engine = Engine.start(EngineConfig.defaults().withProfile(DeviceProfile.builtIn(profile)).withStartPaused(true));
        subscription = engine.subscribe(events::addAll, true);
        ok(new Command.LoadPackage(pkg(groups)));
    }

    private CommandResult ok(Command c) throws Exception {
        CommandResult r = engine.submit(c).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertTrue(r.ok(), () -> "refused: " + c + ": " + r.message() + "\n" + log());
        return r;
    }

    private void fire(String name) throws Exception {
        ok(new Command.FireByName(PKG, name, true, null));
    }

    private void runUntil(Duration offset) throws Exception {
        ok(new Command.RunUntil(T0.plus(offset)));
    }

    private EngineSnapshot snapshot() throws Exception {
        return engine.query(s -> s).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    private EngineSnapshot await(String what, Predicate<EngineSnapshot> p) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            EngineSnapshot s = snapshot();
            if (p.test(s)) {
                return s;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what + "; clock: " + s.clock().explain()
                        + "\ninstances: " + s.instances() + "\n" + log());
            }
            Thread.sleep(10);
        }
    }

    private EngineSnapshot.InstanceView awaitState(String name, InstanceState state) throws Exception {
        return await(name + "#1 " + state, s -> s.instance(name, 1).map(i -> i.state() == state).orElse(false))
                .instance(name, 1).orElseThrow();
    }

    private <T> T awaitEvent(Class<T> type, Predicate<EngineEvent> about) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            for (EngineEvent e : events) {
                if (type.isInstance(e.payload()) && about.test(e)) {
                    return type.cast(e.payload());
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no " + type.getSimpleName() + " event\n" + log());
    }

    private Events.InstanceTerminated terminated(String name) throws Exception {
        return awaitEvent(Events.InstanceTerminated.class, e -> name.equals(e.subjects().registrationName()));
    }

    private Object setting(String key) {
        return events.stream().filter(e -> e.payload() instanceof Events.LocalSettingChanged c && c.key().equals(key))
                .map(e -> ((Events.LocalSettingChanged) e.payload()).value()).reduce((a, b) -> b).orElse(null);
    }

    private Object awaitSetting(String key) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (setting(key) == null) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("setting " + key + " never set\n" + log());
            }
            Thread.sleep(10);
        }
        return setting(key);
    }

    private String log() {
        return events.stream().map(EngineEvent::describe).collect(Collectors.joining("\n"));
    }

    private String hostOf(String name) throws Exception {
        return snapshot().instance(name, 1).orElseThrow().hostId();
    }

    // ---------------------------------------------------------------- done-when tests

    @Test
    void aHostThatHaltsTakesOnlyItsOwnInstanceWhileAnotherHostsTaskCompletes() throws Exception {
        start("desktop", Map.of("Halts", "crashers"));
        fire("Quick");
        fire("Halts");
        runUntil(Duration.ofMinutes(2));
        awaitState("Halts", InstanceState.TERMINATED);
        awaitState("Quick", InstanceState.COMPLETED);
        Events.InstanceTerminated t = terminated("Halts");
        assertEquals("HOST_CRASHED", t.cause());
        assertTrue(t.reason().contains("Runtime.halt") && t.reason().contains("exit code 7"), t.reason());
        Events.HostCrashed crash = awaitEvent(Events.HostCrashed.class,
                e -> (PKG + "/group:crashers").equals(e.subjects().hostId()));
        assertEquals(List.of("Halts#1"), crash.instances());
        assertTrue(crash.why().startsWith("HALTED"), crash.why());
        assertEquals("done at 2026-01-01T08:00:10Z", setting("Quick"), "TaskClock in the host is the simulated clock");
        // bgsim goes on: the crashed host's task can run again, in a new host.
        fire("Halts");
        assertEquals(InstanceState.TERMINATED, await("Halts#2 ended",
                s -> s.instance("Halts", 2).map(i -> i.state() == InstanceState.TERMINATED).orElse(false))
                .instance("Halts", 2).orElseThrow().state());
    }

    @Test
    void suspendingAHostFreezesItsTaskAndResumingContinuesIt() throws Exception {
        start("desktop", Map.of());
        fire("Steps");
        runUntil(Duration.ofSeconds(5).plusMillis(500));
        await("5 steps", s -> s.instance("Steps", 1).map(i -> i.progress() == 25).orElse(false));
        String host = hostOf("Steps");
        long pid = processOf(host);
        ok(new Command.SuspendHost(host));
        EngineSnapshot.InstanceView frozen = snapshot().instance("Steps", 1).orElseThrow();
        assertEquals(1, frozen.suspendedCount());
        if (ProcessSignals.available()) {
            await("process stopped", s -> processState(pid) == 'T');
        }
        awaitEvent(Events.TimeLimitPaused.class, e -> true);
        // Far past the 30 s time limit: nothing moves while the host is suspended.
        runUntil(Duration.ofSeconds(60));
        EngineSnapshot.InstanceView still = snapshot().instance("Steps", 1).orElseThrow();
        assertEquals(InstanceState.RUNNING, still.state());
        assertEquals(25, still.progress(), "progress stops while suspended");
        ok(new Command.ResumeHost(host));
        runUntil(Duration.ofSeconds(90));
        awaitState("Steps", InstanceState.COMPLETED);
        assertEquals(1L, ((Number) awaitSetting("Steps.suspendedCount")).longValue(), "getSuspendedCount() in the task");
        assertTrue(events.stream().noneMatch(e -> e.payload() instanceof Events.CancelRequested), log());
    }

    @Test
    void onAPhoneTheHostHeapIsTheMemoryQuota() throws Exception {
        start("mobile-512mb", Map.of("OomEscapes", "greedy"));
        fire("OomCaught");
        runUntil(Duration.ofSeconds(5));
        awaitState("OomCaught", InstanceState.COMPLETED);
        String caught = String.valueOf(awaitSetting("OomCaught"));
        assertTrue(caught.startsWith("OutOfMemoryError after ") && caught.endsWith("limit 16 MB"), caught);
        fire("OomEscapes");
        runUntil(Duration.ofSeconds(10));
        awaitState("OomEscapes", InstanceState.TERMINATED);
        Events.InstanceTerminated t = terminated("OomEscapes");
        assertEquals("OUT_OF_MEMORY", t.cause());
        assertTrue(t.reason().contains("java.lang.OutOfMemoryError") && t.reason().contains("16 MB"), t.reason());
        assertTrue(events.stream().noneMatch(e -> e.payload() instanceof Events.CancelRequested),
                "no canceled listener for an escaping OutOfMemoryError");
    }

    @Test
    void systemExitTerminatesTheCallerAndItsHostMatesAsCollateral() throws Exception {
        start("desktop", Map.of());
        fire("Waits");
        fire("Exits");
        runUntil(Duration.ofSeconds(5));
        awaitState("Exits", InstanceState.TERMINATED);
        awaitState("Waits", InstanceState.TERMINATED);
        Events.InstanceTerminated exits = terminated("Exits");
        assertEquals("HOST_EXITED", exits.cause());
        assertTrue(exits.reason().contains("System.exit(3)"), exits.reason());
        assertEquals(List.of("Waits#1"), exits.collateral());
        Events.InstanceTerminated waits = terminated("Waits");
        assertEquals("Exits#1", waits.collateralOf());
        Events.HostCrashed crash = awaitEvent(Events.HostCrashed.class, e -> true);
        assertTrue(crash.why().contains("System.exit(3)"), crash.why());
        assertEquals("Saved", setting("Exits"), "what the task saved before exiting is kept");
        EngineSnapshot s = snapshot();
        assertTrue(s.hosts().stream().filter(h -> h.id().equals(PKG + "/default")).allMatch(EngineSnapshot.HostView::dead));
    }

    @Test
    void openingAWindowFailsWithHeadlessException() throws Exception {
        start("desktop", Map.of());
        fire("OpensWindow");
        runUntil(Duration.ofSeconds(5));
        awaitState("OpensWindow", InstanceState.FAILED);
        Events.InstanceFailed f = awaitEvent(Events.InstanceFailed.class, e -> true);
        assertEquals("java.awt.HeadlessException", f.exceptionClass());
        assertTrue(f.stackTrace().contains("demo.OpensWindow.run"), f.stackTrace());
    }

    @Test
    void aHostKilledFromOutsideTerminatesItsInstance() throws Exception {
        start("desktop", Map.of());
        fire("Waits");
        runUntil(Duration.ofSeconds(5));
        awaitState("Waits", InstanceState.RUNNING);
        long pid = processOf(hostOf("Waits"));
        assertTrue(ProcessHandle.of(pid).orElseThrow().destroyForcibly());
        awaitState("Waits", InstanceState.TERMINATED);
        Events.InstanceTerminated t = terminated("Waits");
        assertEquals("HOST_KILLED", t.cause());
        assertTrue(t.reason().contains("SIGKILL"), t.reason());
        awaitEvent(Events.HostCrashed.class, e -> true);
    }

    @Test
    void theSdkWorksAcrossTheProcessBoundaryAndTaskClockStaysDeterministic() throws Exception {
        List<String> first = everythingRun();
        close();
        engine = null;
        events.clear();
        List<String> second = everythingRun();
        assertEquals(first, second, "the same run twice gives the same events at the same simulated times");
    }

    private List<String> everythingRun() throws Exception {
        start("desktop", Map.of());
        fire("Everything");
        runUntil(Duration.ofSeconds(10));
        awaitSetting("Everything.woke");
        await("deferral held", s -> s.instance("Everything", 1).map(i -> i.state() == InstanceState.RUN_RETURNED_DEFERRED)
                .orElse(false));
        assertEquals("2026-01-01T08:00:05Z", setting("Everything.woke"));
        assertEquals("ADEQUATE", setting("Everything.status"));
        String id = snapshot().instance("Everything", 1).orElseThrow().id().toString();
        ok(new Command.CancelInstance(java.util.UUID.fromString(id), BackgroundTaskCancellationReason.ABORT));
        awaitState("Everything", InstanceState.CANCELED);
        assertEquals("ABORT at 2026-01-01T08:00:10Z", awaitSetting("Everything.canceled"));
        Events.CancelRequested c = awaitEvent(Events.CancelRequested.class, e -> true);
        assertEquals(1, c.listeners());
        assertTrue(events.stream().anyMatch(e -> e.payload() instanceof Events.TaskOutput o
                && o.message().contains("hello from the host")), log());
        assertTrue(events.stream().anyMatch(e -> e.payload() instanceof Events.TaskOutput o
                && "INFO".equals(o.level()) && o.message().equals("logged")), log());
        assertTrue(events.stream().anyMatch(e -> e.payload() instanceof Events.NotificationShown n
                && n.kind().equals("TOAST") && n.title().equals("Title")), log());
        List<Integer> progress = events.stream().filter(e -> e.payload() instanceof Events.ProgressReported)
                .map(e -> ((Events.ProgressReported) e.payload()).progress()).toList();
        assertEquals(List.of(10, 20), progress, "the timer at 2 s, then the sleep's end at 5 s");
        // Real-time observations (output chunks, a loaded machine's heartbeat gaps, heap read from
        // heartbeats) are not simulated events.
        return events.stream().filter(e -> !(e.payload() instanceof Events.TaskOutput)
                        && !(e.payload() instanceof Events.HostStopped) && !(e.payload() instanceof Events.HostUnresponsive)
                        && !(e.payload() instanceof Events.HostResponsive) && !(e.payload() instanceof Events.HostHeapSampled))
                .map(e -> e.simTime() + " " + e.type()).toList();
    }

    @Test
    void debugModeOpensALoopbackPortAndSuspendsTimeLimits() throws Exception {
        start("desktop", Map.of());
        CommandResult r = ok(new Command.DebugHosts(PKG, true));
        assertTrue(r.message().contains("127.0.0.1"), r.message());
        fire("Quick");
        Events.HostDebugging d = awaitEvent(Events.HostDebugging.class, e -> true);
        assertEquals("127.0.0.1", d.address());
        assertNotEquals(0, d.port());
        assertFalse(d.timeLimitsEnforced());
        // Waits sleeps 45 s, past the 30 s limit: it would be cancelled, but in debug mode it completes.
        fire("Waits");
        runUntil(Duration.ofMinutes(2));
        awaitState("Quick", InstanceState.COMPLETED);
        awaitState("Waits", InstanceState.COMPLETED);
        assertTrue(events.stream().noneMatch(e -> e.payload() instanceof Events.CancelRequested), log());
    }

    @Test
    void debugModeWithEnforcedTimeLimitsStillCancelsATaskPastItsLimit() throws Exception {
        start("desktop", Map.of());
        CommandResult r = ok(new Command.DebugHosts(PKG, true, false, true));
        assertTrue(r.message().contains("time limits enforced"), r.message());
        // Waits sleeps 45 s, past the 30 s limit: with limits enforced it is cancelled as without a debugger.
        fire("Waits");
        Events.HostDebugging d = awaitEvent(Events.HostDebugging.class, e -> true);
        assertTrue(d.timeLimitsEnforced());
        assertNotEquals(0, d.port());
        runUntil(Duration.ofMinutes(2));
        Events.CancelRequested cancel = awaitEvent(Events.CancelRequested.class, e -> "Waits".equals(e.subjects().registrationName()));
        assertEquals(BackgroundTaskCancellationReason.EXECUTION_TIME_EXCEEDED.name(), String.valueOf(cancel.reason()));
    }

    @Test
    void anIdleHostIsKeptWarmAndReusedForTheNextActivation() throws Exception {
        start("desktop", Map.of());
        fire("Quick");
        runUntil(Duration.ofMinutes(2));
        awaitState("Quick", InstanceState.COMPLETED);
        awaitEvent(Events.HostStopped.class, e -> true);
        List<Long> pidsBefore = hostDescendants();
        fire("Quick");
        runUntil(Duration.ofMinutes(4));
        await("Quick#2 completed", s -> s.instance("Quick", 2).map(i -> i.state() == InstanceState.COMPLETED).orElse(false));
        assertTrue(pidsBefore.containsAll(engine.hostPids()), "the second run used a warm process: " + pidsBefore + " vs "
                + engine.hostPids());
    }

    // ---------------------------------------------------------------- helpers

    private long processOf(String hostId) throws Exception {
        List<Long> pids = engine.hostPids();
        assertEquals(1, pids.size(), "one host process: " + pids);
        return pids.get(0);
    }

    /** The state letter of a Linux process (T = stopped), or '?' where /proc is missing. */
    private static char processState(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2);
        } catch (Exception e) {
            Assumptions.abort("no /proc");
            return '?';
        }
    }
}
