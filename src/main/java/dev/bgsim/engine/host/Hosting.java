package dev.bgsim.engine.host;

/**
 * Where out-of-process tasks (those with an entry point) run. In-process tasks always run in
 * their app, in bgsim's JVM.
 */
public enum Hosting {
    /**
     * Real child JVMs, as on Windows (SPEC 3.8): one per package, per resource group, per
     * activation with supportsMultipleInstances. A crash, {@code System.exit} or
     * {@code OutOfMemoryError} ends only that host. The default. A package built in code without
     * code jars (tests) still runs in bgsim's JVM: a child has nothing to load.
     */
    CHILD_JVM,
    /**
     * Threads in bgsim's JVM: faster to start, for tests that want speed; no memory cap, no real
     * freeze, and a task calling {@code System.exit} would end bgsim.
     */
    IN_JVM
}
