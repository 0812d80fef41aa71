package dev.bgsim.host.child;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which instance a thread works for. Threads the host starts for an instance (run, timer
 * callbacks, canceled listeners) are set explicitly; threads a task starts inherit it
 * (an inheritable thread-local), so their output and their death are told to the right instance.
 * The host-started threads are also kept in a map, so the exit reporter can name the instance of
 * another thread. Thread-safe.
 */
final class ThreadAttribution {
    private final InheritableThreadLocal<HostInstance> current = new InheritableThreadLocal<>();
    private final Map<Thread, HostInstance> hostStarted = new ConcurrentHashMap<>();

    /** The instance the calling thread works for, or null (a host thread, or not attributable). */
    HostInstance current() {
        return current.get();
    }

    /** Marks the calling thread, started by the host for {@code instance}; undo with {@link #leave}. */
    void enter(HostInstance instance) {
        current.set(instance);
        hostStarted.put(Thread.currentThread(), instance);
    }

    /** Ends the calling thread's work for its instance; a pooled thread then belongs to none. */
    void leave() {
        hostStarted.remove(Thread.currentThread());
        current.remove();
    }

    /** Whether the calling thread is one the host started for a piece of task code. */
    boolean isHostStarted() {
        return hostStarted.containsKey(Thread.currentThread());
    }

    /** The instance of a host-started thread, or null. */
    HostInstance of(Thread thread) {
        return hostStarted.get(thread);
    }
}
