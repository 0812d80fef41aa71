package dev.bgsim.engine.instance;

import dev.bgsim.engine.host.OwnerTerminatedError;
import dev.bgsim.engine.threads.WarmThreadGroup;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The thread group of one in-JVM instance: run() and every thread the task starts live in it, so
 * terminating the instance interrupts them all, and uncaught exceptions of threads the task
 * started fail the instance. A group may be made ahead of its instance (with a spare thread, see
 * {@link InstanceGroups}); it belongs to nobody until {@link #bind}. A group of
 * {@link InstanceGroups} is used again: once its instance ended and the thread that ran run()
 * waits in it as the spare, it goes back to its host's stock for the next instance.
 */
final class InstanceThreadGroup extends WarmThreadGroup {
    private final InstanceGroups stock;
    /** Per binding: the instance ended, and a thread waits here again; at zero the group goes back. */
    private final AtomicInteger untilReusable = new AtomicInteger();
    private volatile Instance instance;

    /** A group whose threads end with their code. */
    InstanceThreadGroup(ThreadGroup parent, String name) {
        this(parent, name, null);
    }

    /** A group that goes back to {@code stock} after each instance (null: it does not). */
    InstanceThreadGroup(ThreadGroup parent, String name, InstanceGroups stock) {
        super(parent, name);
        this.stock = stock;
        setDaemon(false);
        nameSpares(InstanceGroups.SPARE_NAME);
    }

    /** Engine thread. From now on the group's threads run {@code owner}'s code. */
    void bind(Instance owner) {
        this.instance = owner;
        untilReusable.set(2);
    }

    /** Engine thread. The bound instance ended (its threads were interrupted). */
    void instanceEnded() {
        if (stock != null) {
            countDown();
        }
    }

    @Override
    protected boolean mayKeepThread() {
        return stock != null && stock.isOpen();
    }

    @Override
    protected void threadKept() {
        countDown();
    }

    private void countDown() {
        if (untilReusable.decrementAndGet() == 0) {
            instance = null;
            stock.giveBack(this);
        }
    }

    @Override
    public void uncaughtException(Thread t, Throwable e) {
        Instance owner = instance;
        if (owner != null && owner.live && !(e instanceof OwnerTerminatedError)) {
            owner.host.port().post(() -> {
                if (owner.live) {
                    owner.codeFailed(e, t.getName());
                }
            });
        }
    }
}
