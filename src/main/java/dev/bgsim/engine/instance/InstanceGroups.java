package dev.bgsim.engine.instance;

import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Thread groups for in-JVM instances, {@value #READY_PER_HOST} made ahead per host: each instance
 * takes one of its host's ready groups (whose spare thread starts run() with a wake instead of a
 * thread start, the {@code fireToRunP99InJvm} benchmark) and replacements are made off the engine
 * thread. Why more than one: a replacement is made when an instance ends, and the next fire often
 * comes before that thread start has finished; with a single ready group that fire found none and
 * paid a thread start (about a quarter of the fires in a fire-wait-fire loop: the p99). A group
 * made ahead is named {@code bgsim-task-group-N}; one made on demand {@code bgsim-Name#n}.
 */
final class InstanceGroups {
    /** A spare nobody claimed retires after this much real time (hosts come and go). */
    private static final long SPARE_IDLE_NANOS = TimeUnit.SECONDS.toNanos(30);
    /** Ready groups kept per host: one for the next fire, one more while its replacement is made. */
    static final int READY_PER_HOST = 2;

    private final Map<ThreadGroup, Queue<InstanceThreadGroup>> ready = new ConcurrentHashMap<>();
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
        InstanceThreadGroup group = warm ? takeReady(hostGroup) : null;
        if (group == null) {
            group = new InstanceThreadGroup(hostGroup, "bgsim-" + inst.shortName());
        }
        group.bind(inst);
        return group;
    }

    /** The host's oldest ready group whose spare still waits; groups whose spare retired are dropped. */
    private InstanceThreadGroup takeReady(ThreadGroup hostGroup) {
        Queue<InstanceThreadGroup> stock = ready.get(hostGroup);
        if (stock == null) {
            return null;
        }
        for (InstanceThreadGroup g = stock.poll(); g != null; g = stock.poll()) {
            if (g.hasSpare()) {
                return g;
            }
        }
        return null;
    }

    /**
     * Engine thread. An instance on {@code hostGroup} ended: the host's stock of groups with a
     * spare thread is topped up for its next instances, off the engine thread. Not when an
     * instance starts: a thread start then would compete for the CPU with the run() it is meant
     * to speed up.
     */
    void prepareNext(ThreadGroup hostGroup) {
        if (!closed && stockOf(hostGroup).size() < READY_PER_HOST) {
            maker.execute(() -> prepare(hostGroup));
        }
    }

    private Queue<InstanceThreadGroup> stockOf(ThreadGroup hostGroup) {
        return ready.computeIfAbsent(hostGroup, g -> new ConcurrentLinkedQueue<>());
    }

    /** Maker thread (the only one that adds to a stock): fills the host's stock up. */
    private void prepare(ThreadGroup hostGroup) {
        Queue<InstanceThreadGroup> stock = stockOf(hostGroup);
        stock.removeIf(g -> !g.hasSpare());
        while (!closed && stock.size() < READY_PER_HOST) {
            InstanceThreadGroup g = new InstanceThreadGroup(hostGroup, "bgsim-task-group-" + made.incrementAndGet());
            g.warm("bgsim-task-spare", SPARE_IDLE_NANOS);
            stock.add(g);
            if (closed) {
                g.interrupt();
            }
        }
    }

    /** Any thread. Retires every spare; no more are made. */
    void close() {
        closed = true;
        maker.shutdownNow();
        ready.values().forEach(stock -> stock.forEach(ThreadGroup::interrupt));
        ready.clear();
    }
}
