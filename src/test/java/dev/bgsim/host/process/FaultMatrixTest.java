package dev.bgsim.host.process;

import static dev.bgsim.host.process.HostTestSupport.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bgsim.host.protocol.Field;
import dev.bgsim.host.protocol.Message;
import dev.bgsim.host.protocol.MessageType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The host fault matrix (docs/host-fault-matrix.md): for each fault a task commits, the test JVM
 * (playing bgsim) survives, gets a readable cause, and keeps what the task reported before.
 */
class FaultMatrixTest {
    private static final long HEAP_16_MB = 16L << 20;

    @TempDir
    static Path dir;
    static Path jar;

    @BeforeAll
    static void buildFaultTasks() throws Exception {
        jar = TaskJarBuilder.build(dir, "faults", FaultTasks.sources());
    }

    @AfterAll
    static void noHostLeft() throws Exception {
        HostTestSupport.assertNoHostLeft();
    }

    private static DrivenHost host(String label) throws Exception {
        return HostTestSupport.startDriven(HostTestSupport.options(label));
    }

    private static void assertOutputBeforeFaultKept(DrivenHost d) {
        assertTrue(d.output("stdout").contains("before the fault"), "output before the fault is kept: " + d.output("stdout"));
    }

    @Test
    void systemExitInRunEndsOnlyItsHostAndNamesTheCaller() throws Exception {
        try (DrivenHost d = host("exit")) {
            d.start(jar, "faults.ExitsInRun");
            HostExit exit = d.awaitExit(WAIT);
            assertEquals(HostEndCause.TASK_EXIT, exit.cause(), exit.describe());
            assertEquals(3, exit.exitCode());
            assertTrue(exit.reason().contains("System.exit(3)"), exit.reason());
            assertTrue(exit.exitCaller().contains("faults.ExitsInRun.run"), exit.exitCaller());
            assertOutputBeforeFaultKept(d);
        }
    }

    @Test
    void runtimeHaltIsReportedAsAHaltWithItsExitCode() throws Exception {
        try (DrivenHost d = host("halt")) {
            d.start(jar, "faults.Halts");
            HostExit exit = d.awaitExit(WAIT);
            assertEquals(HostEndCause.HALTED, exit.cause(), exit.describe());
            assertEquals(5, exit.exitCode());
            assertTrue(exit.reason().contains("Runtime.halt"), exit.reason());
            assertOutputBeforeFaultKept(d);
        }
    }

    @Test
    void anUncaughtExceptionOnATaskThreadIsReportedForItsInstanceAndTheHostLivesOn() throws Exception {
        try (DrivenHost d = host("thread-throws")) {
            String id = d.start(jar, "faults.ThreadThrows");
            Message died = d.await(MessageType.THREAD_DIED, id, WAIT);
            assertEquals("worker", died.string(Field.THREAD_NAME));
            assertEquals("java.lang.IllegalStateException", died.string(Field.CLASS_NAME));
            assertEquals("boom on a task thread", died.string(Field.MESSAGE));
            d.await(MessageType.RUN_RETURNED, id, WAIT);
            assertTrue(d.host().isAlive());
            shutDown(d);
        }
    }

    @Test
    void outOfMemoryPastA16MegabyteCapCanBeCaught() throws Exception {
        try (DrivenHost d = HostTestSupport.startDriven(HostTestSupport.options("oom-caught").withHeapMaxBytes(HEAP_16_MB))) {
            String id = d.start(jar, "faults.OomCaught");
            d.await(MessageType.RUN_RETURNED, id, WAIT);
            assertTrue(d.output("stdout").contains("caught OutOfMemoryError after"), d.output("stdout"));
            assertTrue(d.host().vitals() == null || d.host().vitals().heapMax() <= HEAP_16_MB);
            shutDown(d);
        }
    }

    @Test
    void outOfMemoryThatEscapesRunIsReportedAndTheHostCanBeKilled() throws Exception {
        try (DrivenHost d = HostTestSupport.startDriven(HostTestSupport.options("oom-escapes").withHeapMaxBytes(HEAP_16_MB))) {
            String id = d.start(jar, "faults.OomEscapes");
            Message threw = d.await(MessageType.RUN_THREW, id, WAIT);
            assertEquals("java.lang.OutOfMemoryError", threw.string(Field.CLASS_NAME));
            assertTrue(threw.string(Field.STACK).contains("faults.OomEscapes.run"), threw.string(Field.STACK));
            // The engine terminates the instance (SPEC 3.7); out of process that kills the host.
            d.host().kill("instance terminated: OutOfMemoryError escaped run()");
            assertEquals(HostEndCause.KILLED_BY_BGSIM, d.awaitExit(WAIT).cause());
        }
    }

    @Test
    void aBusyLoopKeepsHeartbeatingAndIsKilledWhenBgsimSaysSo() throws Exception {
        try (DrivenHost d = host("busy")) {
            String id = d.start(jar, "faults.BusyLoop");
            d.await(MessageType.RUN_ENTERED, id, WAIT);
            long cpuAtEntry = d.await(MessageType.HEARTBEAT, null, WAIT).integer(Field.CPU_NANOS);
            d.await(m -> m.type() == MessageType.HEARTBEAT && m.integer(Field.CPU_NANOS) > cpuAtEntry + 200_000_000L,
                    "a heartbeat showing the loop burning CPU", WAIT);
            d.host().kill("time limit: EXECUTION_TIME_EXCEEDED, grace period over");
            HostExit exit = d.awaitExit(WAIT);
            assertEquals(HostEndCause.KILLED_BY_BGSIM, exit.cause());
            assertTrue(exit.reason().contains("grace period over"));
        }
    }

    @Test
    void aDeadlockOfTwoTaskThreadsIsKilled() throws Exception {
        try (DrivenHost d = host("deadlock")) {
            String id = d.start(jar, "faults.Deadlock");
            d.await(MessageType.RUN_ENTERED, id, WAIT);
            // Output is framed by the host's own thread: it may arrive after RUN_ENTERED.
            d.await(m -> m.type() == MessageType.OUTPUT && m.string(Field.TEXT).contains("before the fault"),
                    "the task's output before the deadlock", WAIT);
            // The host stays responsive: its reader and heartbeat are not task threads.
            d.host().ping().get(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertTrue(d.messages(MessageType.RUN_RETURNED).isEmpty());
            d.host().kill("grace period over: run() never returned");
            assertEquals(HostEndCause.KILLED_BY_BGSIM, d.awaitExit(WAIT).cause());
            assertOutputBeforeFaultKept(d);
        }
    }

    @Test
    void aDeferralNeverCompletedShowsTakenWithItsStackAndNoCompletion() throws Exception {
        try (DrivenHost d = host("deferral")) {
            String id = d.start(jar, "faults.NeverCompletesDeferral");
            Message taken = d.await(MessageType.DEFERRAL_TAKEN, id, WAIT);
            d.await(MessageType.RUN_RETURNED, id, WAIT);
            assertTrue(taken.string(Field.STACK).contains("faults.NeverCompletesDeferral.run"));
            d.host().send(Message.of(MessageType.CANCEL).with(Field.INSTANCE_ID, id).with(Field.REASON, "EXECUTION_TIME_EXCEEDED").build());
            d.await(MessageType.CANCELED_DONE, id, WAIT);
            assertTrue(d.messages(MessageType.DEFERRAL_COMPLETED).isEmpty());
            d.host().kill("grace period over: deferral never completed");
            assertEquals(HostEndCause.KILLED_BY_BGSIM, d.awaitExit(WAIT).cause());
        }
    }

    @Test
    void garbageOnTheRealStdoutEndsTheHostWithTheBytesQuoted() throws Exception {
        try (DrivenHost d = host("garbage")) {
            d.start(jar, "faults.GarbageOnStdout");
            HostExit exit = d.awaitExit(WAIT);
            assertEquals(HostEndCause.PROTOCOL_VIOLATION, exit.cause(), exit.describe());
            assertTrue(exit.reason().contains("garbage straight to fd 1"), exit.reason());
            assertTrue(exit.reason().contains("real stdout"), exit.reason());
            assertOutputBeforeFaultKept(d);
        }
    }

    @Test
    void tenMegabytesOfOutputAreCappedCountedAndTheParentStaysResponsive() throws Exception {
        try (DrivenHost d = host("flood")) {
            String id = d.start(jar, "faults.FloodsOutput");
            d.await(MessageType.RUN_ENTERED, id, WAIT);
            Duration rtt = d.host().ping().get(WAIT.toSeconds(), TimeUnit.SECONDS);
            d.await(MessageType.RUN_RETURNED, id, WAIT);
            d.await(m -> m.type() == MessageType.OUTPUT_DROPPED && m.integer(Field.DROPPED_BYTES) > 8_000_000L,
                    "the drop total reported by a heartbeat", WAIT);
            long delivered = d.messages(MessageType.OUTPUT).stream()
                    .filter(m -> id.equals(m.string(Field.INSTANCE_ID, null)))
                    .mapToLong(m -> m.string(Field.TEXT).length()).sum();
            assertTrue(delivered <= 1L << 20, "capped at 1 MiB, got " + delivered);
            assertTrue(delivered > 500_000, "the first megabyte is delivered, got " + delivered);
            assertTrue(rtt.toMillis() < 5_000, "ping during the flood took " + rtt);
            shutDown(d);
        }
    }

    @Test
    void aTaskStartingAThousandThreadsRunsAndTheHostLivesOn() throws Exception {
        try (DrivenHost d = host("threads")) {
            String id = d.start(jar, "faults.ThousandThreads");
            d.await(MessageType.RUN_RETURNED, id, WAIT);
            assertTrue(d.output("stdout").contains("1000 threads done"));
            d.host().ping().get(WAIT.toSeconds(), TimeUnit.SECONDS);
            shutDown(d);
        }
    }

    @Test
    void aListenerBlockingInOnCanceledNeverReportsDoneButTheHostStaysResponsive() throws Exception {
        try (DrivenHost d = host("blocks-in-oncanceled")) {
            String id = d.start(jar, "faults.BlocksInOnCanceled");
            d.await(MessageType.RUN_RETURNED, id, WAIT);
            d.host().send(Message.of(MessageType.CANCEL).with(Field.INSTANCE_ID, id).with(Field.REASON, "ABORT").build());
            d.await(m -> m.type() == MessageType.OUTPUT && m.string(Field.TEXT).contains("onCanceled blocks forever"),
                    "the listener's print", WAIT);
            d.host().ping().get(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertTrue(d.messages(MessageType.CANCELED_DONE).isEmpty());
            d.host().kill("grace period over: onCanceled never returned");
            assertEquals(HostEndCause.KILLED_BY_BGSIM, d.awaitExit(WAIT).cause());
        }
    }

    @Test
    void aHostKilledWithSigkillFromOutsideIsReportedAsSuch() throws Exception {
        try (DrivenHost d = host("sigkill")) {
            String id = d.start(jar, "faults.NeverCompletesDeferral");
            d.await(MessageType.RUN_RETURNED, id, WAIT);
            ProcessSignals.kill(ProcessHandle.of(d.host().pid()).orElseThrow());
            HostExit exit = d.awaitExit(WAIT);
            assertEquals(HostEndCause.KILLED_EXTERNALLY, exit.cause(), exit.describe());
            assertEquals(137, exit.exitCode());
            assertTrue(exit.reason().contains("SIGKILL"), exit.reason());
        }
    }

    @Test
    void aHostFrozenWithSigstopFromOutsideIsReportedUnresponsiveAndRecoversOnSigcont() throws Exception {
        DrivenHost d = HostTestSupport.startDriven(HostTestSupport.options("sigstop")
                .withHeartbeat(Duration.ofMillis(100), Duration.ofMillis(600)));
        ProcessHandle handle = ProcessHandle.of(d.host().pid()).orElseThrow();
        new ProcessBuilder("kill", "-STOP", Long.toString(handle.pid())).start().waitFor();
        try {
            d.awaitNote("unresponsive", WAIT);
        } finally {
            new ProcessBuilder("kill", "-CONT", Long.toString(handle.pid())).start().waitFor();
        }
        d.awaitNote("responsive", WAIT);
        d.host().ping().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        shutDown(d);
    }

    @Test
    void openingAnAwtWindowInTheHeadlessHostFailsTheRunWithHeadlessException() throws Exception {
        try (DrivenHost d = host("awt")) {
            String id = d.start(jar, "faults.OpensWindow");
            Message threw = d.await(MessageType.RUN_THREW, id, WAIT);
            assertEquals("java.awt.HeadlessException", threw.string(Field.CLASS_NAME));
            assertTrue(d.host().isAlive());
            shutDown(d);
        }
    }

    @Test
    void oneHostHaltingLeavesAnotherHostsTaskToComplete() throws Exception {
        try (DrivenHost halting = host("halting")) {
            try (DrivenHost healthy = host("healthy")) {
                halting.start(jar, "faults.Halts");
                assertEquals(HostEndCause.HALTED, halting.awaitExit(WAIT).cause());
                String id = healthy.start(jar, "faults.Completes");
                healthy.await(MessageType.RUN_RETURNED, id, WAIT);
                assertTrue(healthy.host().isAlive());
                shutDown(healthy);
            }
        }
    }

    @Test
    void freezingAHostStopsItsProgressAndThawingResumesIt() throws Exception {
        try (DrivenHost d = host("freeze")) {
            String id = d.start(jar, "faults.ProgressLoop");
            d.await(MessageType.PROGRESS, id, WAIT);
            assertEquals(HostProcess.FreezeMode.SIGNAL, d.host().freeze());
            // A frozen host cannot answer: the ping must time out. Frames the host wrote before it
            // stopped may still be in the pipe (how many depends on how far our reader lags), so
            // they are counted only after this first half second of draining.
            assertThrows(TimeoutException.class, () -> d.host().ping().get(500, TimeUnit.MILLISECONDS));
            int atFreeze = d.messages(MessageType.PROGRESS).size();
            // Then no progress at all arrives while it stays frozen.
            assertThrows(TimeoutException.class, () -> d.host().ping().get(500, TimeUnit.MILLISECONDS));
            int whileFrozen = d.messages(MessageType.PROGRESS).size();
            assertEquals(atFreeze, whileFrozen, "progress frames arrived while the host was frozen");
            d.host().thaw();
            d.await(m -> m.type() == MessageType.PONG, "the ping answered after thaw", WAIT);
            long target = whileFrozen + 10;
            d.await(m -> d.messages(MessageType.PROGRESS).size() >= target, "progress after thaw", WAIT);
            assertFalse(d.messages(MessageType.PROGRESS).isEmpty());
            d.host().kill("test over");
            d.awaitExit(WAIT);
        }
    }

    private static void shutDown(DrivenHost d) throws Exception {
        d.host().shutdown();
        assertEquals(HostEndCause.SHUT_DOWN, d.awaitExit(WAIT).cause());
    }
}
