package dev.bgsim.engine.threads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

class WarmThreadGroupTest {
    private static final long DEADLINE_NANOS = TimeUnit.SECONDS.toNanos(30);

    private static final class Group extends WarmThreadGroup {
        Group(String name) {
            super(Thread.currentThread().getThreadGroup(), name);
        }
    }

    @Test
    void theSpareRunsTheCodeInTheGroupUnderTheGivenNameAndOnlyOnce() throws Exception {
        Group group = new Group("warm-test-1");
        group.warm("spare", TimeUnit.SECONDS.toNanos(30));
        awaitTrue(group::hasSpare);
        Thread spare = spareThread(group);

        CompletableFuture<Thread> ranOn = new CompletableFuture<>();
        CompletableFuture<ThreadGroup> ranIn = new CompletableFuture<>();
        CompletableFuture<String> ranAs = new CompletableFuture<>();
        Thread started = WarmThreadGroup.start(group, "task-code", () -> {
            ranIn.complete(Thread.currentThread().getThreadGroup());
            ranAs.complete(Thread.currentThread().getName());
            ranOn.complete(Thread.currentThread());
        }, t -> { });

        assertSame(spare, started, "the spare thread was used");
        assertSame(spare, ranOn.get(30, TimeUnit.SECONDS));
        assertEquals("task-code", ranAs.get(30, TimeUnit.SECONDS));
        assertSame(group, ranIn.get(30, TimeUnit.SECONDS));
        assertFalse(group.hasSpare(), "a spare runs one piece of code");
        Thread fresh = WarmThreadGroup.start(group, "second", () -> { }, t -> { });
        assertTrue(fresh != spare, "without a spare a fresh thread starts");
    }

    @Test
    void codeSeesTheSameFramesOnASpareAndOnAFreshThread() throws Exception {
        Group group = new Group("warm-test-2");
        group.warm("spare", TimeUnit.SECONDS.toNanos(30));
        awaitTrue(group::hasSpare);
        List<String> onSpare = frames(group);
        List<String> onFresh = frames(group);
        assertEquals(onSpare, onFresh);
    }

    @Test
    void retiringEndsAnUnclaimedSpareAndAnInterruptDoesNot() {
        Group group = new Group("warm-test-3");
        group.warm("spare", TimeUnit.SECONDS.toNanos(30));
        awaitTrue(group::hasSpare);
        Thread spare = spareThread(group);
        group.interrupt();
        assertTrue(group.hasSpare(), "an interrupt is for code, not for a waiting spare");
        group.retireSpare();
        awaitTrue(() -> !spare.isAlive());
        assertFalse(group.hasSpare());
    }

    /** A group that keeps the thread that ran its code, as instance groups do. */
    private static final class KeepingGroup extends WarmThreadGroup {
        final AtomicInteger kept = new AtomicInteger();

        KeepingGroup(String name) {
            super(Thread.currentThread().getThreadGroup(), name);
        }

        @Override
        protected boolean mayKeepThread() {
            return true;
        }

        @Override
        protected void threadKept() {
            kept.incrementAndGet();
        }
    }

    @Test
    void aKeptThreadRunsTheNextCodeUnderItsNameWithNoInterruptLeftFromTheLast() throws Exception {
        KeepingGroup group = new KeepingGroup("warm-test-4");
        CompletableFuture<Thread> first = new CompletableFuture<>();
        Thread started = WarmThreadGroup.start(group, "first-code", () -> {
            first.complete(Thread.currentThread());
            Thread.currentThread().interrupt();
        }, t -> { });
        assertSame(started, first.get(30, TimeUnit.SECONDS));
        awaitTrue(group::hasSpare);
        assertEquals(1, group.kept.get());
        assertEquals("warm-test-4-spare", started.getName(), "a waiting spare carries no instance's name");
        group.interrupt();

        CompletableFuture<Boolean> interrupted = new CompletableFuture<>();
        CompletableFuture<String> name = new CompletableFuture<>();
        Thread second = WarmThreadGroup.start(group, "second-code", () -> {
            name.complete(Thread.currentThread().getName());
            interrupted.complete(Thread.currentThread().isInterrupted());
        }, t -> { });
        assertSame(started, second, "the kept thread ran the second piece too");
        assertEquals("second-code", name.get(30, TimeUnit.SECONDS));
        assertFalse(interrupted.get(30, TimeUnit.SECONDS), "interrupts meant for the first code were dropped");
        awaitTrue(() -> group.kept.get() == 2);
        group.retireSpare();
        awaitTrue(() -> !started.isAlive());
    }

    private static List<String> frames(ThreadGroup group) throws Exception {
        CompletableFuture<List<String>> frames = new CompletableFuture<>();
        WarmThreadGroup.start(group, "frames", () -> frames.complete(Arrays.stream(new Throwable().getStackTrace())
                .map(StackTraceElement::toString).toList()), t -> { });
        return frames.get(30, TimeUnit.SECONDS);
    }

    private static Thread spareThread(ThreadGroup group) {
        Thread[] all = new Thread[8];
        int n = group.enumerate(all, false);
        assertEquals(1, n, "one spare thread in the group");
        return all[0];
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + DEADLINE_NANOS;
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out");
            LockSupport.parkNanos(1_000_000);
        }
    }
}
