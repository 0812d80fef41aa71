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

    /** The calling thread's context, or null when it is not an engine-started thread. */
    public ThreadContext current() {
        return contexts.get(Thread.currentThread());
    }
}
