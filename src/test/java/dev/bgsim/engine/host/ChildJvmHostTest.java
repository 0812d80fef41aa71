package dev.bgsim.engine.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bgsim.host.process.HostEndCause;
import dev.bgsim.host.process.HostExit;
import dev.bgsim.host.process.HostLauncher;
import dev.bgsim.host.process.HostOptions;
import dev.bgsim.host.process.TaskJarBuilder;
import dev.bgsim.host.protocol.DeviceStatusSnapshot;
import dev.bgsim.sdk.BackgroundTaskCancellationReason;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine-side adapter over a real child JVM: typed events on the engine thread, commands as frames. */
class ChildJvmHostTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Instant T0 = Instant.parse("2026-01-01T08:00:00Z");

    @TempDir
    static Path dir;
    static Path jar;
    static HostLauncher launcher;

    private final ExecutorService engineThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "test-engine"));
    private final EnginePort port = engineThread::execute;
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final List<String> wrongThread = new CopyOnWriteArrayList<>();
    private final List<ChildJvmHost> hosts = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void setUp() throws Exception {
        jar = TaskJarBuilder.build(dir, "tasks", Map.of(
                "demo.Sleeps", """
                        package demo;
                        import dev.bgsim.sdk.*;
                        public class Sleeps implements BackgroundTask {
                            public void run(BackgroundTaskInstance t) throws Exception {
                                BackgroundTaskDeferral d = t.getDeferral();
                                t.addCanceledListener((s, r) -> d.complete());
                                t.getClock().sleep(java.time.Duration.ofMinutes(10));
                                t.setProgress(50);
                                System.out.println("now " + t.getClock().now());
                            }
                        }
                        """,
                "demo.Halts", """
                        package demo;
                        public class Halts implements dev.bgsim.sdk.BackgroundTask {
                            public void run(dev.bgsim.sdk.BackgroundTaskInstance t) { Runtime.getRuntime().halt(9); }
                        }
                        """));
        launcher = HostLauncher.create(Path.of("target", "host-cache").toAbsolutePath());
    }

    @AfterEach
    void tearDown() throws Exception {
        for (ChildJvmHost h : hosts) {
            h.process().close();
        }
        engineThread.shutdownNow();
    }

    private ChildJvmHost host(Events events) throws Exception {
        ChildJvmHost h = new ChildJvmHost("demo/default", "default", port, events,
                ChildJvmHost.HostStarter.of(launcher, HostOptions.defaults("demo/default")));
        events.host = h;
        hosts.add(h);
        return h;
    }

    private ChildJvmHost.StartRequest start(UUID id, String entryPoint) {
        return new ChildJvmHost.StartRequest(id, UUID.randomUUID(), entryPoint, "demo", entryPoint, List.of(jar), null,
                Map.of(), DeviceStatusSnapshot.desktopDefaults(), T0, 0.0);
    }

    private void awaitLog(String entry) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (log.stream().noneMatch(l -> l.startsWith(entry))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + entry + " in " + log);
            }
            Thread.sleep(5);
        }
    }

    @Test
    void aTaskSleepsOnTheSimulatedClockAndIsCanceledThroughTheAdapter() throws Exception {
        Events events = new Events();
        ChildJvmHost h = host(events);
        UUID id = UUID.randomUUID();
        engineThread.submit(() -> {
            h.attach(id);
            h.startInstance(start(id, "demo.Sleeps"));
        }).get();
        awaitLog("runReturned");
        awaitLog("output now 2026-01-01T08:10:00Z");
        engineThread.submit(() -> h.cancel(id, BackgroundTaskCancellationReason.ABORT)).get();
        awaitLog("canceledListenersDone");
        awaitLog("deferralCompleted 1");
        assertEquals(List.of(), wrongThread, "every event arrives on the engine thread");
        assertTrue(log.indexOf("progress 50") > log.indexOf("runEntered"), log.toString());
        engineThread.submit(h::shutdown).get();
        assertEquals(HostEndCause.SHUT_DOWN, h.process().exited().get(WAIT.toSeconds(), TimeUnit.SECONDS).cause());
        awaitLog("hostExited SHUT_DOWN");
    }

    @Test
    void aHaltingHostReportsItsLostInstancesToTheEngine() throws Exception {
        Events events = new Events();
        ChildJvmHost h = host(events);
        UUID id = UUID.randomUUID();
        engineThread.submit(() -> {
            h.attach(id);
            h.startInstance(start(id, "demo.Halts"));
        }).get();
        awaitLog("hostExited HALTED [" + id + "]");
        assertTrue(engineThread.submit(h::isDead).get());
        assertEquals(List.of(), wrongThread);
    }

    /** Records events, checks the thread, and answers sleeps as the engine's clock service would. */
    private final class Events implements ChildHostEvents {
        volatile ChildJvmHost host;

        private void record(String entry) {
            if (!"test-engine".equals(Thread.currentThread().getName())) {
                wrongThread.add(entry + " on " + Thread.currentThread().getName());
            }
            log.add(entry);
        }

        @Override
        public void runEntered(UUID instance) {
            record("runEntered");
        }

        @Override
        public void runReturned(UUID instance) {
            record("runReturned");
        }

        @Override
        public void runThrew(UUID instance, String className, String message, String stackTrace) {
            record("runThrew " + className);
        }

        @Override
        public void startFailed(UUID instance, String message, String stackTrace) {
            record("startFailed " + message);
        }

        @Override
        public void deferralTaken(UUID instance, int deferral, String stackTrace) {
            record("deferralTaken " + deferral);
        }

        @Override
        public void deferralCompleted(UUID instance, int deferral, boolean again) {
            record("deferralCompleted " + deferral);
        }

        @Override
        public void progress(UUID instance, int progress) {
            record("progress " + progress);
        }

        @Override
        public void sleepRequested(UUID instance, long sleepId, Duration duration, boolean tracked, String threadName) {
            record("sleepRequested " + duration);
            host.wake(instance, sleepId, T0.plus(duration));
        }

        @Override
        public void timerCreated(UUID instance, long timerId, Duration delay, boolean periodic) {
            record("timerCreated");
        }

        @Override
        public void timerCancelled(UUID instance, long timerId) {
            record("timerCancelled");
        }

        @Override
        public void timerCallbackDone(UUID instance, long timerId) {
            record("timerCallbackDone");
        }

        @Override
        public void canceledListenersDone(UUID instance) {
            record("canceledListenersDone");
        }

        @Override
        public void settingPut(UUID instance, String key, Object value) {
            record("settingPut " + key);
        }

        @Override
        public void settingRemoved(UUID instance, String key) {
            record("settingRemoved " + key);
        }

        @Override
        public void notification(UUID instance, String kind, String title, String text, List<String> lines, Integer badge) {
            record("notification " + kind);
        }

        @Override
        public void output(UUID instance, String stream, String level, String text) {
            record("output " + text.strip());
        }

        @Override
        public void outputDropped(UUID instance, long totalDropped) {
            record("outputDropped " + totalDropped);
        }

        @Override
        public void threadDied(UUID instance, String threadName, String className, String message, String stackTrace) {
            record("threadDied " + className);
        }

        @Override
        public void hostExited(ChildJvmHost h, HostExit exit, Set<UUID> lost) {
            record("hostExited " + exit.cause() + " " + lost);
        }

        @Override
        public void hostUnresponsive(ChildJvmHost h, Duration silentFor) {
            record("hostUnresponsive");
        }

        @Override
        public void hostResponsiveAgain(ChildJvmHost h) {
            record("hostResponsiveAgain");
        }

        @Override
        public void hostHeapSampled(ChildJvmHost h, long heapUsedBytes, long heapMaxBytes) {
            // Heap samples come with every heartbeat that moved the heap; these tests are about other frames.
        }
    }
}
