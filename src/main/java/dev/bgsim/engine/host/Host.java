package dev.bgsim.engine.host;

import java.util.Set;
import java.util.UUID;

/**
 * Where task code runs: the in-JVM host now, child JVMs later (SPEC 3.8). The engine decides;
 * the host executes. Engine thread only.
 */
public interface Host {
    /** "Samples.BackgroundTask/default", ".../group:main", ".../multi-3", "app:Samples.BackgroundTask". */
    String id();

    /** IN_JVM, CHILD_JVM, APP. */
    String kind();

    /** How it was chosen: default, resourceGroup NAME, supportsMultipleInstances, in-process. */
    String placement();

    HostCapabilities capabilities();

    /** The thread group the host's instances' groups live in (in-JVM). */
    ThreadGroup threadGroup();

    /** Posts to the engine thread (for callbacks from host threads). */
    EnginePort port();

    /** Ids of the live instances in this host. */
    Set<UUID> instances();

    void attach(UUID instance);

    void detach(UUID instance);

    boolean isSuspended();

    void setSuspended(boolean suspended);

    /** Whether the host process is gone (terminated or crashed). */
    boolean isDead();

    void markDead();
}
