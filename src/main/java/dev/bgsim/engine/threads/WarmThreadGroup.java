package dev.bgsim.engine.threads;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * A thread group that can hold one parked daemon thread, the spare, for the next piece of code
 * started in it. Why: starting a thread costs milliseconds as soon as anything else is runnable
 * (the scheduler places a new thread behind everything that runs), waking a parked one costs
 * microseconds — and a task's run() must start promptly after its trigger fires. The spare lives
 * in this very group, so threads the code starts still inherit the group.
 *
 * <p>A spare is made ahead by {@link #warm}, or is the thread that just ran code here: when a
 * subclass allows it ({@link #mayKeepThread}), a thread whose code ended waits as the group's
 * spare again instead of ending ({@link #threadKept} tells the subclass). A waiting spare ignores
 * interrupts (they were meant for the code it ran) and clears them before it takes new code; it
 * ends when {@link #retireSpare} is called or after its idle time. Thread-safe.
 */
public class WarmThreadGroup extends ThreadGroup {
    private final AtomicReference<Spare> spare = new AtomicReference<>();
    private volatile long idleNanos = TimeUnit.SECONDS.toNanos(30);
    private volatile String spareName = getName() + "-spare";

    protected WarmThreadGroup(ThreadGroup parent, String name) {
        super(parent, name);
    }

    /**
     * Any thread. Starts {@code code} on a daemon thread named {@code name} in {@code group}: the
     * group's spare if it has one, else a fresh thread. {@code beforeRun} sees the thread before
     * the code runs on it.
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
        Spare s = new Spare(group instanceof WarmThreadGroup warm ? warm : null, 0);
        s.code = code;
        s.state.set(State.CLAIMED);
        Thread t = new Thread(group, s::serve, name);
        s.thread = t;
        t.setDaemon(true);
        beforeRun.accept(t);
        t.start();
        return t;
    }

    /**
     * Any thread (not the engine thread: starting a thread may take milliseconds). Starts a spare
     * named {@code name} that waits at most {@code idleNanos} for code; does nothing if a spare
     * waits already.
     */
    public void warm(String name, long idleNanos) {
        this.idleNanos = idleNanos;
        this.spareName = name;
        Spare current = spare.get();
        if (current != null && current.state.get() != State.RETIRED) {
            return;
        }
        Spare s = new Spare(this, idleNanos);
        if (!spare.compareAndSet(current, s)) {
            return;
        }
        Thread t = new Thread(this, s::serve, name);
        t.setDaemon(true);
        s.thread = t;
        t.start();
    }

    /** The name a thread takes while it waits here as the spare (until {@link #warm} names another). */
    protected void nameSpares(String name) {
        this.spareName = name;
    }

    /** True while an unclaimed spare waits in this group. */
    public boolean hasSpare() {
        Spare s = spare.get();
        return s != null && s.state.get() == State.WAITING;
    }

    /** Any thread. The waiting spare, if any, ends; a spare running code ends when its code does. */
    public void retireSpare() {
        Spare s = spare.getAndSet(null);
        if (s != null && s.state.compareAndSet(State.WAITING, State.RETIRED)) {
            LockSupport.unpark(s.thread);
        }
    }

    /**
     * The thread that ran code here, whose code just ended: may it wait here for the next code?
     * Called on that thread. No by default: the thread ends.
     */
    protected boolean mayKeepThread() {
        return false;
    }

    /** Called on a thread that now waits here as the spare again (after {@link #mayKeepThread}). */
    protected void threadKept() {
    }

    /** On a thread whose code ended: becomes the group's spare again if the group wants it. */
    private boolean keep(Spare s) {
        if (!mayKeepThread()) {
            return false;
        }
        s.code = null;
        s.state.set(State.WAITING);
        if (!spare.compareAndSet(null, s)) {
            s.state.set(State.RETIRED);
            return false;
        }
        // The group may have stopped keeping threads meanwhile, and retired its spare before this
        // one was in place: this one retires itself, unless it was claimed already.
        if (!mayKeepThread() && spare.compareAndSet(s, null) && s.state.compareAndSet(State.WAITING, State.RETIRED)) {
            return false;
        }
        threadKept();
        return true;
    }

    private enum State { WAITING, CLAIMED, RETIRED }

    /** The thread's hand-off of each piece of code it runs. */
    private static final class Spare {
        final AtomicReference<State> state = new AtomicReference<>(State.WAITING);
        final WarmThreadGroup group;
        final long firstIdleNanos;
        volatile Thread thread;
        volatile Runnable code;

        Spare(WarmThreadGroup group, long idleNanos) {
            this.group = group;
            this.firstIdleNanos = idleNanos;
        }

        boolean claim() {
            return state.compareAndSet(State.WAITING, State.CLAIMED);
        }

        void release(Runnable c) {
            code = c;
            LockSupport.unpark(thread);
        }

        /** The thread's body: wait for code (or retire), run it; again while the group keeps the thread. */
        void serve() {
            long idle = firstIdleNanos;
            Thread me = Thread.currentThread();
            ClassLoader loader = me.getContextClassLoader();
            int priority = me.getPriority();
            for (boolean ranBefore = false; ; ranBefore = true) {
                Runnable c = awaitCode(idle);
                if (c == null) {
                    return;
                }
                if (ranBefore) {
                    // An interrupt for the code this thread ran last (its instance ending) can land
                    // after the thread stopped waiting: the new code must not start interrupted.
                    Thread.interrupted();
                }
                c.run();
                if (group == null) {
                    return;
                }
                // Waiting for the next piece: no trace of the last one on the thread (its thread
                // locals stay, as on a thread pool's thread in a real task host process).
                me.setName(group.spareName);
                me.setContextClassLoader(loader);
                me.setPriority(priority);
                me.setUncaughtExceptionHandler(null);
                if (!group.keep(this)) {
                    return;
                }
                idle = group.idleNanos;
            }
        }

        /** The code handed over, or null when retired (asked to, or idle too long). */
        private Runnable awaitCode(long idleNanos) {
            long deadline = System.nanoTime() + idleNanos;
            while (code == null) {
                State now = state.get();
                if (now == State.RETIRED) {
                    return null;
                }
                if (now == State.WAITING) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0 && state.compareAndSet(State.WAITING, State.RETIRED)) {
                        if (group != null) {
                            group.spare.compareAndSet(this, null);
                        }
                        return null;
                    }
                    LockSupport.parkNanos(this, Math.max(left, 1));
                } else {
                    // Claimed: the code is on its way.
                    LockSupport.parkNanos(this, TimeUnit.MILLISECONDS.toNanos(1));
                }
                // An interrupt while waiting was meant for code this thread ran before.
                Thread.interrupted();
            }
            return code;
        }
    }
}
