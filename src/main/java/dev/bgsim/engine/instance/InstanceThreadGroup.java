package dev.bgsim.engine.instance;

import dev.bgsim.engine.host.OwnerTerminatedError;
import dev.bgsim.engine.threads.WarmThreadGroup;

/**
 * The thread group of one in-JVM instance: run() and every thread the task starts live in it, so
 * terminating the instance interrupts them all, and uncaught exceptions of threads the task
 * started fail the instance. A group may be made ahead of its instance (with a spare thread, see
 * {@link InstanceGroups}); it belongs to nobody until {@link #bind}.
 */
final class InstanceThreadGroup extends WarmThreadGroup {
    private volatile Instance instance;

    InstanceThreadGroup(ThreadGroup parent, String name) {
        super(parent, name);
        setDaemon(false);
    }

    /** Engine thread. From now on the group's threads run {@code owner}'s code. */
    void bind(Instance owner) {
        this.instance = owner;
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
