package dev.bgsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bgsim.engine.harness.EngineHarness;
import dev.bgsim.engine.instance.InstanceState;
import dev.bgsim.engine.packages.BasicPackage;
import dev.bgsim.engine.tasks.BusyUntilReleasedTask;
import dev.bgsim.engine.tasks.SleepTask;
import dev.bgsim.engine.tasks.StubbornSleeperTask;
import dev.bgsim.engine.time.HoldKind;
import dev.bgsim.engine.time.ManualTicker;
import dev.bgsim.sdk.SystemTrigger;
import dev.bgsim.sdk.SystemTriggerType;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/** Engine.close() ends every task thread; quiescence waits for code doing real work. */
class EngineCloseAndQuietTest {
    private static final SystemTrigger TZ = new SystemTrigger(SystemTriggerType.TIME_ZONE_CHANGE, false);
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @Test
    void closeLeavesNoTaskThreadOfTheEngineAlive() {
        String pkg = "Test.CloseThreads";
        EngineHarness h = EngineHarness.start("desktop");
        try {
            h.loadWithAccess(BasicPackage.builder(pkg)
                    .task(StubbornSleeperTask.class, "systemEvent").task(SleepTask.class, "systemEvent")
                    .registration("Stubborn", StubbornSleeperTask.class, TZ)
                    .registration("Sleeper", SleepTask.class, TZ).build());
            h.ok(new Command.RaiseSystemEvent(SystemTriggerType.TIME_ZONE_CHANGE));
            h.awaitState("Stubborn", 1, InstanceState.RUNNING);
            h.awaitState("Sleeper", 1, InstanceState.RUNNING);
            h.awaitQuiet();
            assertTrue(threadsOf(pkg).size() >= 2, "both tasks park on the TaskClock: " + threadsOf(pkg));
        } finally {
            h.close();
        }

        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!threadsOf(pkg).isEmpty() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(1_000_000);
        }
        assertEquals(List.of(), threadsOf(pkg), "task threads still alive after Engine.close()");
    }

    @Test
    void codeJustPastTheBusyThresholdKeepsTheEngineFromBeingQuiet() {
        ManualTicker ticker = new ManualTicker();
        BusyUntilReleasedTask.release = new CountDownLatch(1);
        try (EngineHarness h = EngineHarness.start(EngineHarness.config().withTicker(ticker))) {
            h.loadWithAccess(BasicPackage.builder("Test.Quiet").task(BusyUntilReleasedTask.class, "systemEvent")
                    .registration("Busy", BusyUntilReleasedTask.class, TZ).build());
            h.ok(new Command.RaiseSystemEvent(SystemTriggerType.TIME_ZONE_CHANGE));
            h.awaitState("Busy", 1, InstanceState.RUNNING);
            assertFalse(h.snapshot().quiescent(), "run() holds the baton");

            // run() goes on past the busy threshold: the baton passes on, the code still runs.
            ticker.advance(Duration.ofSeconds(1));
            h.await("run() to count as real work", s -> s.clock().holds().stream().anyMatch(x -> x.kind() == HoldKind.REAL_WORK
                    || x.realWork()));
            assertFalse(h.snapshot().quiescent(), "code just past the busy threshold may be about to park: not quiet");

            // Busy for longer than the settle time: truly busy code, which a paused clock must not wait for.
            ticker.advance(Engine.REAL_WORK_SETTLE);
            assertTrue(h.snapshot().quiescent(), "real work for " + Engine.REAL_WORK_SETTLE + " is taken as busy");

            BusyUntilReleasedTask.release.countDown();
            h.awaitState("Busy", 1, InstanceState.COMPLETED);
            h.awaitQuiet();
        } finally {
            BusyUntilReleasedTask.release.countDown();
        }
    }

    /** Live threads whose thread group (or an ancestor) belongs to package {@code pkg}'s hosts. */
    private static List<String> threadsOf(String pkg) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .filter(t -> inPackageGroup(t, pkg))
                .map(Thread::getName)
                .sorted()
                .toList();
    }

    private static boolean inPackageGroup(Thread t, String pkg) {
        for (ThreadGroup g = t.getThreadGroup(); g != null; g = g.getParent()) {
            if (g.getName().contains(pkg)) {
                return true;
            }
        }
        return false;
    }
}
