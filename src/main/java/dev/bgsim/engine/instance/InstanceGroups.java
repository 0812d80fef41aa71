package dev.bgsim.engine.instance;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Thread groups for in-JVM instances, one made ahead per host: each instance takes its host's
 * ready group (whose spare thread starts run() with a wake instead of a thread start, the
 * {@code fireToRunP99InJvm} benchmark) and a replacement is made off the engine thread. A group
 * made ahead is named {@code bgsim-task-group-N}; one made on demand {@code bgsim-Name#n}.
 */
final class InstanceGroups {
    /** A spare nobody claimed retires after this much real time (hosts come and go). */
    private static final long SPARE_IDLE_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final Map<ThreadGroup, InstanceThreadGroup> ready = new ConcurrentHashMap<>();
    private final AtomicLong made = new AtomicLong();
    private final ThreadPoolExecutor maker = new ThreadPoolExecutor(0, 1, 2, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
            r -> {
                Thread t = new Thread(r, "bgsim-thread-warmer");
                t.setDaemon(true);
                return t;
            });
    private volatile boolean closed;

    /**
     * Engine thread. The group for {@code inst}'s threads under {@code hostGroup}; with
     * {@code warm}, the host's group with a spare thread when one is ready.
     */
    InstanceThreadGroup groupFor(Instance inst, ThreadGroup hostGroup, boolean warm) {
        InstanceThreadGroup group = warm ? ready.remove(hostGroup) : null;
        if (group == null || !group.hasSpare()) {
            group = new InstanceThreadGroup(hostGroup, "bgsim-" + inst.shortName());
        }
        group.bind(inst);
        return group;
    }

    /**
     * Engine thread. An instance on {@code hostGroup} ended: a group with a spare thread is made
     * for the host's next instance, off the engine thread. Not when the instance starts: a thread
     * start then would compete for the CPU with the run() it is meant to speed up.
     */
    void prepareNext(ThreadGroup hostGroup) {
        if (!closed && !ready.containsKey(hostGroup)) {
            maker.execute(() -> prepare(hostGroup));
        }
    }

    private void prepare(ThreadGroup hostGroup) {
        if (closed || ready.containsKey(hostGroup)) {
            return;
        }
        InstanceThreadGroup g = new InstanceThreadGroup(hostGroup, "bgsim-task-group-" + made.incrementAndGet());
        g.warm("bgsim-task-spare", SPARE_IDLE_NANOS);
        if (ready.putIfAbsent(hostGroup, g) != null || closed) {
            g.interrupt();
        }
    }

    /** Any thread. Retires every spare; no more are made. */
    void close() {
        closed = true;
        maker.shutdownNow();
        ready.values().forEach(ThreadGroup::interrupt);
        ready.clear();
    }
}
