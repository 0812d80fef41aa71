package dev.bgsim.engine.instance;

import java.util.Map;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Thread groups for in-JVM instances, kept per host with a spare thread waiting in each: an
 * instance takes one of its host's ready groups, whose spare starts run() with a wake instead of a
 * thread start (the {@code fireToRunP99InJvm} benchmark). When the instance has ended and the
 * thread that ran run() waits in the group again, the group goes back to the host's stock, so in a
 * steady stream of fires no thread is started at all. Why that matters: a new thread is scheduled
 * behind everything already runnable (milliseconds on a busy machine, and then it was a quarter of
 * the fires: the p99), and each new thread takes a fresh allocation buffer of its own (megabytes
 * of heap per fire, a young collection every couple of hundred fires). A group whose instance left
 * threads running is not used again. Groups are made ahead, off the engine thread, only when a
 * host's stock ran dry. A group made ahead is named {@code bgsim-task-group-N}; one made on demand
 * (no spare wanted) {@code bgsim-Name#n}.
 */
final class InstanceGroups {
    /** A spare nobody claimed retires after this much real time (hosts come and go). */
    private static final long SPARE_IDLE_NANOS = TimeUnit.SECONDS.toNanos(30);
    static final String SPARE_NAME = "bgsim-task-spare";
    /** Ready groups kept per host: one for the next fire, one more for a fire that comes before the last instance's group is back. */
    static final int READY_PER_HOST = 2;

    private final Map<ThreadGroup, Deque<InstanceThreadGroup>> ready = new ConcurrentHashMap<>();
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
        if (group == null && warm) {
            group = new InstanceThreadGroup(hostGroup, "bgsim-task-group-" + made.incrementAndGet(), this);
            // The stock ran dry (a new host, or more instances at once than ever before).
            prepareNext(hostGroup);
        } else if (group == null) {
            group = new InstanceThreadGroup(hostGroup, "bgsim-" + inst.shortName());
        }
        group.bind(inst);
        return group;
    }

    /** The host's first ready group whose spare still waits (the last given back); groups whose spare retired are dropped. */
    private InstanceThreadGroup takeReady(ThreadGroup hostGroup) {
        Deque<InstanceThreadGroup> stock = ready.get(hostGroup);
        if (stock == null) {
            return null;
        }
        for (InstanceThreadGroup g = stock.pollFirst(); g != null; g = stock.pollFirst()) {
            if (g.hasSpare()) {
                return g;
            }
        }
        return null;
    }

    /** Engine thread. Tops the host's stock of groups with a spare thread up, off the engine thread. */
    private void prepareNext(ThreadGroup hostGroup) {
        if (!closed && stockOf(hostGroup).size() < READY_PER_HOST) {
            maker.execute(() -> prepare(hostGroup));
        }
    }

    private Deque<InstanceThreadGroup> stockOf(ThreadGroup hostGroup) {
        return ready.computeIfAbsent(hostGroup, g -> new ConcurrentLinkedDeque<>());
    }

    /** Maker thread: fills the host's stock up with new groups (groups given back join it too). */
    private void prepare(ThreadGroup hostGroup) {
        Deque<InstanceThreadGroup> stock = stockOf(hostGroup);
        stock.removeIf(g -> !g.hasSpare());
        while (!closed && stock.size() < READY_PER_HOST) {
            InstanceThreadGroup g = new InstanceThreadGroup(hostGroup, "bgsim-task-group-" + made.incrementAndGet(), this);
            g.warm(SPARE_NAME, SPARE_IDLE_NANOS);
            stock.addLast(g);
            if (closed) {
                g.retireSpare();
            }
        }
    }

    /** False once closed: threads then end with their code. */
    boolean isOpen() {
        return !closed;
    }

    /**
     * Any thread. {@code g}'s instance ended and the thread that ran its code waits in it again:
     * the group joins its host's stock, unless the instance left threads running in it (they
     * would run as the next instance's) or the stock is full.
     */
    void giveBack(InstanceThreadGroup g) {
        Deque<InstanceThreadGroup> stock = stockOf(g.getParent());
        boolean onlyTheSpare = g.activeGroupCount() == 0 && g.activeCount() <= 1 && g.hasSpare();
        if (closed || !onlyTheSpare) {
            g.retireSpare();
            return;
        }
        // First in line: the thread that ran last is the one to wake next (its caches are warm);
        // a full stock lets its coldest spare go instead.
        stock.addFirst(g);
        while (stock.size() > READY_PER_HOST) {
            InstanceThreadGroup cold = stock.pollLast();
            if (cold != null) {
                cold.retireSpare();
            }
        }
        if (closed) {
            g.retireSpare();
        }
    }

    /** Any thread. Retires every spare; no more are made. */
    void close() {
        closed = true;
        maker.shutdownNow();
        ready.values().forEach(stock -> stock.forEach(InstanceThreadGroup::retireSpare));
        ready.clear();
    }
}
