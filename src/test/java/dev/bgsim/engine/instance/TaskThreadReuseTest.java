package dev.bgsim.engine.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.bgsim.engine.harness.EngineHarness;
import dev.bgsim.engine.packages.BasicPackage;
import dev.bgsim.sdk.BackgroundTask;
import dev.bgsim.sdk.BackgroundTaskInstance;
import dev.bgsim.sdk.SystemTrigger;
import dev.bgsim.sdk.SystemTriggerType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * In-JVM instances of one host run one after another on the same thread when the last one left
 * nothing running: the thread waits in its group instead of ending (no thread start per fire).
 * A group whose instance left a thread running (one that ignored the interrupt its instance's end
 * sent) is not used again; one whose threads all ended is. The reused thread carries
 * no interrupt, name or priority of the instance before.
 */
class TaskThreadReuseTest {
    /** What run() saw of its thread, per registration. */
    static final Map<String, List<Seen>> SEEN = new ConcurrentHashMap<>();

    record Seen(Thread thread, String name, boolean interrupted, int priority, ThreadGroup group) {
    }

    private static void note(String key) {
        Thread t = Thread.currentThread();
        SEEN.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>())
                .add(new Seen(t, t.getName(), t.isInterrupted(), t.getPriority(), t.getThreadGroup()));
    }

    /** Returns at once, leaving its thread interrupted and at another priority. */
    public static final class Messy implements BackgroundTask {
        @Override
        public void run(BackgroundTaskInstance taskInstance) {
            note("Messy");
            Thread.currentThread().setPriority(Thread.MIN_PRIORITY);
            Thread.currentThread().interrupt();
        }
    }

    static final CountDownLatch RELEASE = new CountDownLatch(1);

    /** Leaves a thread of its own running behind (the missing-deferral bug), one that ignores interrupts. */
    public static final class LeavesAThread implements BackgroundTask {
        @Override
        public void run(BackgroundTaskInstance taskInstance) {
            note("Leaves");
            Thread left = new Thread(() -> {
                while (RELEASE.getCount() > 0) {
                    try {
                        RELEASE.await();
                    } catch (InterruptedException e) {
                        // Ignored, as a careless task does: the thread outlives its instance.
                    }
                }
            }, "left-behind");
            left.setDaemon(true);
            left.start();
        }
    }

    private static BasicPackage pkg(String name, Class<?> task) {
        return BasicPackage.builder("Reuse." + name)
                .task(task, "systemEvent")
                .registration(name, task, new SystemTrigger(SystemTriggerType.TIME_ZONE_CHANGE, false))
                .build();
    }

    @Test
    void theNextInstanceRunsOnTheSameThreadWithNothingLeftOfTheLast() {
        SEEN.remove("Messy");
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.load(pkg("Messy", Messy.class));
            for (int n = 1; n <= 3; n++) {
                h.fire("Messy");
                h.awaitState("Messy", n, InstanceState.COMPLETED);
                h.awaitQuiet();
                awaitBackOrEnded(SEEN.get("Messy").get(n - 1).thread());
            }
        }
        List<Seen> seen = SEEN.get("Messy");
        assertEquals(3, seen.size());
        // The first instance may have started before a spare was ready; the later ones reuse one.
        assertSame(seen.get(1).thread(), seen.get(2).thread(), "one thread for the instances after the first");
        for (Seen s : seen.subList(1, 3)) {
            assertFalse(s.interrupted(), "no interrupt left from the instance before");
            assertEquals(Thread.NORM_PRIORITY, s.priority(), "priority reset");
        }
        assertEquals("bgsim-task-Messy#3", seen.get(2).name(), "the thread is named for the instance it runs");
    }

    /** The thread that ran run() waits as its group's spare again (or ended, when not wanted). */
    private static void awaitBackOrEnded(Thread t) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (t.isAlive() && !(t.getState() == Thread.State.TIMED_WAITING && t.getName().equals("bgsim-task-spare"))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the thread neither came back nor ended: " + t + " " + t.getState());
            }
            java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
        }
    }

    @Test
    void aGroupWhoseInstanceLeftAThreadRunningIsNotUsedAgain() {
        SEEN.remove("Leaves");
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.load(pkg("Leaves", LeavesAThread.class));
            for (int n = 1; n <= 3; n++) {
                h.fire("Leaves");
                h.awaitState("Leaves", n, InstanceState.COMPLETED);
                h.awaitQuiet();
            }
        } finally {
            RELEASE.countDown();
        }
        List<Seen> seen = SEEN.get("Leaves");
        assertEquals(3, seen.size());
        assertNotSame(seen.get(1).group(), seen.get(2).group(), "a group with a thread left behind stays with its instance");
        assertNotSame(seen.get(0).group(), seen.get(1).group());
    }
}
