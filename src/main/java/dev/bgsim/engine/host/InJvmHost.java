package dev.bgsim.engine.host;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * A task host inside bgsim's JVM: each instance runs on its own threads in a thread group per
 * instance; suspension is a cooperative freeze; termination interrupts the threads and drops
 * their callbacks. Engine thread only.
 */
public final class InJvmHost implements Host {
    private final String id;
    private final String kind;
    private final String placement;
    private final ThreadGroup group;
    private final EnginePort port;
    private final Set<UUID> instances = new LinkedHashSet<>();
    private boolean suspended;
    private boolean dead;

    public InJvmHost(String id, String kind, String placement, EnginePort port) {
        this.id = id;
        this.kind = kind;
        this.placement = placement;
        this.port = port;
        this.group = new ThreadGroup("bgsim-host-" + id);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public String placement() {
        return placement;
    }

    @Override
    public HostCapabilities capabilities() {
        return HostCapabilities.IN_JVM;
    }

    @Override
    public ThreadGroup threadGroup() {
        return group;
    }

    @Override
    public EnginePort port() {
        return port;
    }

    @Override
    public Set<UUID> instances() {
        return Set.copyOf(instances);
    }

    @Override
    public void attach(UUID instance) {
        instances.add(instance);
    }

    @Override
    public void detach(UUID instance) {
        instances.remove(instance);
    }

    @Override
    public boolean isSuspended() {
        return suspended;
    }

    @Override
    public void setSuspended(boolean suspended) {
        this.suspended = suspended;
    }

    @Override
    public boolean isDead() {
        return dead;
    }

    @Override
    public void markDead() {
        dead = true;
    }
}
