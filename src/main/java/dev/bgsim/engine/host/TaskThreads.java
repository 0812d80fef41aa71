package dev.bgsim.engine.host;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which threads are task or app threads started by the engine, and under which piece each runs.
 * Thread-safe. Threads the task itself starts are not here ("untracked"): their TaskClock calls
 * work but do not take part in lockstep.
 */
public final class TaskThreads {
    private final Map<Thread, ThreadContext> contexts = new ConcurrentHashMap<>();

    private final java.util.Set<Thread> engineStarted = ConcurrentHashMap.newKeySet();

    public void register(Thread t, ThreadContext ctx) {
        contexts.put(t, ctx);
        engineStarted.removeIf(x -> !x.isAlive());
        engineStarted.add(t);
    }

    /** Whether the engine started {@code t} (run(), callbacks), as opposed to the task itself. */
    public boolean isEngineStarted(Thread t) {
        return engineStarted.contains(t);
    }

    public void unregister(Thread t) {
        contexts.remove(t);
    }

    private final Map<ThreadGroup, CodeOwner> groupOwners = new ConcurrentHashMap<>();

    /** Remembers whose code runs in {@code group} (an instance's or an app process's thread group). */
    public void registerGroup(ThreadGroup group, CodeOwner owner) {
        groupOwners.put(group, owner);
    }

    public void unregisterGroup(ThreadGroup group) {
        groupOwners.remove(group);
    }

    /**
     * Any thread. Whose code the calling thread runs: the owner of its engine-started context,
     * else of the nearest registered thread group above it (threads the code started itself), or
     * null when it belongs to nobody bgsim knows.
     */
    public CodeOwner callerOwner() {
        ThreadContext ctx = current();
        if (ctx != null) {
            return ctx.owner();
        }
        for (ThreadGroup g = Thread.currentThread().getThreadGroup(); g != null; g = g.getParent()) {
            CodeOwner o = groupOwners.get(g);
            if (o != null) {
                return o;
            }
        }
        return null;
    }

    /** The calling thread's context, or null when it is not an engine-started thread. */
    public ThreadContext current() {
        return contexts.get(Thread.currentThread());
    }
}
