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
import dev.bgsim.engine.app.AppState;
import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.Events;
import dev.bgsim.engine.event.Subscription;
import dev.bgsim.engine.instance.InstanceState;
import dev.bgsim.engine.packages.BasicPackage;
import dev.bgsim.engine.packages.ManifestRegistration;
import dev.bgsim.host.process.TaskJarBuilder;
import dev.bgsim.sdk.SystemTrigger;
import dev.bgsim.sdk.SystemTriggerType;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A package set to run isolated (SPEC 3.8, {@link Command.RunIsolated}): its in-process tasks
 * ({@code onBackgroundActivated}) run in a child JVM that is the app's process, not in bgsim's
 * JVM; and the app's process termination semantics hold there (SPEC 3.7: an in-process task
 * still running when its grace period ends terminates the whole app process, and the app is
 * TERMINATED). Real child JVMs; waits poll with generous deadlines.
 */
class IsolatedAppEngineTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String PKG = "Demo.Isolated";
    private static final Instant T0 = EngineConfig.DEFAULT_START;

    @TempDir
    static Path dir;
    static Path jar;
    static final List<Long> spawned = new CopyOnWriteArrayList<>();

    private Engine engine;
    private final List<EngineEvent> events = new CopyOnWriteArrayList<>();
    private Subscription subscription;

    @BeforeAll
    static void buildApp() throws Exception {
        Map<String, String> src = new LinkedHashMap<>();
        // Says which process it runs in; "Stubborn" ignores cancellation and works forever.
        src.put("demo.IsolatedApp", """
                package demo;
                import dev.bgsim.sdk.*;
                import java.time.Duration;
                public class IsolatedApp implements App {
                    @Override
                    public void onBackgroundActivated(BackgroundActivatedEventArgs args) {
                        BackgroundTaskInstance t = args.getTaskInstance();
                        String name = t.getTask().getName();
                        t.getLocalSettings().put(name + ".pid", ProcessHandle.current().pid());
                        try {
                            if (name.equals("Stubborn")) {
                                while (true) {
                                    t.getClock().sleep(Duration.ofSeconds(1));
                                }
                            }
                            t.getClock().sleep(Duration.ofSeconds(2));
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        t.getLocalSettings().put(name + ".done", "yes");
                    }
                }
                """);
        jar = TaskJarBuilder.build(dir, "isolated-demo", src);
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
            alive.addAll(ChildHostEngineTest.hostDescendants());
            if (alive.isEmpty()) {
                return;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("host processes left after the tests: " + alive);
    }

    @AfterEach
    void close() {
        if (engine != null) {
            spawned.addAll(engine.hostPids());
            subscription.close();
            engine.close();
            assertEquals(List.of(), engine.hostPids(), "every host this engine started is killed on close");
        }
    }

    private void start() throws Exception {
        URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader());
        BasicPackage.Builder b = BasicPackage.builder(PKG).codeJars(List.of(jar)).classLoader(loader)
                .app(loader.loadClass("demo.IsolatedApp"));
        for (String name : List.of("Quick", "Stubborn")) {
            b.registration(new ManifestRegistration(name, null, new SystemTrigger(SystemTriggerType.TIME_ZONE_CHANGE, false),
                    List.of(), false));
        }
        engine = Engine.start(EngineConfig.defaults().withStartPaused(true));
        subscription = engine.subscribe(events::addAll, true);
        ok(new Command.LoadPackage(b.build()));
    }

    @Test
    void byDefaultAnInProcessTaskRunsInBgsimsOwnJvm() throws Exception {
        start();
        ok(new Command.FireByName(PKG, "Quick", true, null));
        ok(new Command.RunUntil(T0.plusSeconds(10)));
        awaitState("Quick", InstanceState.COMPLETED);
        assertEquals(ProcessHandle.current().pid(), ((Number) awaitSetting("Quick.pid")).longValue());
        EngineSnapshot.HostView host = host("app:" + PKG);
        assertEquals("APP", host.kind());
    }

    @Test
    void isolatedTheInProcessTaskRunsInAChildJvmThatIsTheAppsProcess() throws Exception {
        start();
        CommandResult r = ok(new Command.RunIsolated(PKG, true));
        assertTrue(r.message().contains("child JVM"), r.message());
        ok(new Command.FireByName(PKG, "Quick", true, null));
        // Quick takes 2 s; 5 s is before the desktop profile's 10 s system suspend of a background app.
        ok(new Command.RunUntil(T0.plusSeconds(5)));
        awaitState("Quick", InstanceState.COMPLETED);
        assertEquals("yes", awaitSetting("Quick.done"));
        long pid = ((Number) awaitSetting("Quick.pid")).longValue();
        assertNotEquals(ProcessHandle.current().pid(), pid, "onBackgroundActivated ran in another process");
        assertTrue(engine.hostPids().contains(pid), "it ran in a host bgsim started: " + pid + " " + engine.hostPids());
        EngineSnapshot.HostView host = host("app:" + PKG);
        assertEquals("CHILD_JVM", host.kind());
        assertEquals("in-process (isolated app process)", host.placement());
        assertEquals(AppState.RUNNING_IN_BACKGROUND, snapshot().appState(PKG), "the app was started in the background");
        assertTrue(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false),
                "the app's process lives on after the activation, like an app in the background");
    }

    @Test
    void isolatedAnInProcessTaskOutlivingItsGracePeriodTerminatesTheAppAndKillsItsProcess() throws Exception {
        start();
        ok(new Command.RunIsolated(PKG, true));
        ok(new Command.FireByName(PKG, "Stubborn", true, null));
        ok(new Command.RunUntil(T0.plusSeconds(3)));
        long pid = ((Number) awaitSetting("Stubborn.pid")).longValue();
        assertNotEquals(ProcessHandle.current().pid(), pid);
        // Past the 30 s desktop limit for this trigger and the grace period after it.
        ok(new Command.RunUntil(T0.plusSeconds(120)));
        awaitState("Stubborn", InstanceState.TERMINATED);
        await("app TERMINATED", s -> s.appState(PKG) == AppState.TERMINATED);
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            assertTrue(System.nanoTime() < deadline, "the isolated app process " + pid + " is still alive\n" + log());
            Thread.sleep(20);
        }
        assertTrue(events.stream().anyMatch(e -> e.payload() instanceof Events.CancelRequested), log());
        assertFalse(host("app:" + PKG) != null && !host("app:" + PKG).dead(), "the app host is dead\n" + log());
    }

    @Test
    void isolatingNeedsALoadedPackage() throws Exception {
        start();
        CommandResult r = engine.submit(new Command.RunIsolated("No.Such", true)).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertFalse(r.ok());
        assertTrue(r.message().contains("No.Such"), r.message());
    }

    // ---------------------------------------------------------------- helpers

    private CommandResult ok(Command c) throws Exception {
        CommandResult r = engine.submit(c).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertTrue(r.ok(), () -> "refused: " + c + ": " + r.message() + "\n" + log());
        return r;
    }

    private EngineSnapshot snapshot() throws Exception {
        return engine.query(s -> s).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    private EngineSnapshot.HostView host(String id) throws Exception {
        return snapshot().hosts().stream().filter(h -> h.id().equals(id)).findFirst().orElse(null);
    }

    private EngineSnapshot await(String what, Predicate<EngineSnapshot> p) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            EngineSnapshot s = snapshot();
            if (p.test(s)) {
                return s;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what + "\ninstances: " + s.instances() + "\n" + log());
            }
            Thread.sleep(10);
        }
    }

    private void awaitState(String name, InstanceState state) throws Exception {
        await(name + "#1 " + state, s -> s.instance(name, 1).map(i -> i.state() == state).orElse(false));
    }

    private Object awaitSetting(String key) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            Object v = events.stream().filter(e -> e.payload() instanceof Events.LocalSettingChanged c && c.key().equals(key))
                    .map(e -> ((Events.LocalSettingChanged) e.payload()).value()).reduce((a, b) -> b).orElse(null);
            if (v != null) {
                return v;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("setting " + key + " never set\n" + log());
            }
            Thread.sleep(10);
        }
    }

    private String log() {
        return events.stream().map(EngineEvent::describe).collect(Collectors.joining("\n"));
    }
}
