package dev.bgsim.engine.threads;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * A thread group that can hold one parked daemon thread, started ahead of need, for the first
 * piece of code started in it. Why: on a loaded machine starting a thread costs milliseconds
 * (the scheduler places a new thread behind everything runnable), waking a parked one costs
 * microseconds — and a task's run() must start promptly after its trigger fires. The spare lives
 * in this very group, so threads the code starts still inherit the group, and interrupting the
 * group still reaches it. Thread-safe.
 */
public class WarmThreadGroup extends ThreadGroup {
    private final AtomicReference<Spare> spare = new AtomicReference<>();

    protected WarmThreadGroup(ThreadGroup parent, String name) {
        super(parent, name);
    }

    /**
     * Any thread. Starts {@code code} on a new daemon thread named {@code name} in {@code group}:
     * the group's spare thread if it has one, else a fresh thread. {@code beforeRun} sees the
     * thread before the code runs on it.
     */
    public static Thread start(ThreadGroup group, String name, Runnable code, Consumer<Thread> beforeRun) {
        if (group instanceof WarmThreadGroup warm) {
            Spare s = warm.spare.getAndSet(null);
            if (s != null && s.claim()) {
                s.thread.setName(name);
                beforeRun.accept(s.thread);
                s.release(code);
                return s.thread;
            }
        }
        // A fresh thread runs the code through the same frames as a spare would: stack traces in
        // events must not depend on whether a spare happened to be ready (determinism, SPEC 3.1).
        Spare s = new Spare(0);
        s.code = code;
        s.state.set(State.CLAIMED);
        Thread t = new Thread(group, s::await, name);
        s.thread = t;
        t.setDaemon(true);
        beforeRun.accept(t);
        t.start();
        return t;
    }

    /**
     * Any thread (not the engine thread: starting a thread may take milliseconds). Starts the
     * spare; it retires by itself when no code claimed it within {@code idleNanos}, or when the
     * group is interrupted. Does nothing if a spare exists.
     */
    public void warm(String name, long idleNanos) {
        Spare current = spare.get();
        if (current != null && current.state.get() != State.RETIRED) {
            return;
        }
        Spare s = new Spare(idleNanos);
        if (!spare.compareAndSet(current, s)) {
            return;
        }
        Thread t = new Thread(this, s::await, name);
        t.setDaemon(true);
        s.thread = t;
        t.start();
    }

    /** True while an unclaimed spare waits in this group. */
    public boolean hasSpare() {
        Spare s = spare.get();
        return s != null && s.state.get() == State.WAITING;
    }

    private enum State { WAITING, CLAIMED, RETIRED }

    /** The parked thread and the hand-off of its one piece of code. */
    private static final class Spare {
        final AtomicReference<State> state = new AtomicReference<>(State.WAITING);
        final long idleNanos;
        volatile Thread thread;
        volatile Runnable code;

        Spare(long idleNanos) {
            this.idleNanos = idleNanos;
        }

        boolean claim() {
            return state.compareAndSet(State.WAITING, State.CLAIMED);
        }

        void release(Runnable c) {
            code = c;
            LockSupport.unpark(thread);
        }

        /** The spare thread's body: wait for code (or retire), run it, end. */
        void await() {
            long deadline = System.nanoTime() + idleNanos;
            while (code == null) {
                if (state.get() == State.WAITING) {
                    long left = deadline - System.nanoTime();
                    if ((left <= 0 || Thread.interrupted()) && state.compareAndSet(State.WAITING, State.RETIRED)) {
                        return;
                    }
                    LockSupport.parkNanos(this, Math.max(left, 1));
                } else {
                    // Claimed: the code is on its way; an interrupt now is for that code, keep it.
                    LockSupport.parkNanos(this, TimeUnit.MILLISECONDS.toNanos(1));
                }
            }
            code.run();
        }
    }
}
