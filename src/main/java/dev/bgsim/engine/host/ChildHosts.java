package dev.bgsim.engine.host;

import dev.bgsim.engine.sdkimpl.SettingsStore;
import dev.bgsim.engine.time.HoldKind;
import dev.bgsim.engine.time.Holds;
import dev.bgsim.host.process.HostLauncher;
import dev.bgsim.host.process.HostOptions;
import dev.bgsim.host.process.HostPool;
import dev.bgsim.host.process.HostProcess;
import dev.bgsim.host.protocol.DeviceStatusSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The engine's child-JVM task hosts (SPEC 3.8): starts them through a {@link HostPool} (a warm
 * spare, and idle hosts kept warm under their key for reuse), names the "host starting" hold,
 * keeps every live host told of the simulated clock, the device status and local settings
 * changed elsewhere, and kills every process it handed out when the engine closes. Engine thread
 * only, except {@link #close} and the settings decorator.
 */
public final class ChildHosts implements AutoCloseable {
    /** How long an idle host stays warm for the next activation of its key. */
    public static final Duration IDLE_TIMEOUT = Duration.ofSeconds(60);
    /** Real time a start may take (host start-up, class loading) before it counts as real work. */
    public static final Duration START_ALLOWANCE = Duration.ofSeconds(30);
    /**
     * Real time a piece in a child host (a wake, a timer callback, canceled listeners) may take on
     * top of the engine's busy threshold before it counts as real work: the frames' round trip and
     * the host process's scheduling on a loaded machine are not the task's work, and counting them
     * would let time flow and break the determinism of TaskClock users.
     */
    public static final Duration PIECE_ALLOWANCE = Duration.ofSeconds(1);
    /** Heartbeat period of the engine's hosts. */
    private static final Duration BEAT = Duration.ofMillis(200);
    /** Silence that makes a host "unresponsive": long enough that a loaded machine does not cry wolf. */
    private static final Duration SILENT_AFTER = Duration.ofSeconds(5);
    /** How long after a host is up the spare starts, so that it does not compete with the task for the cores. */
    private static final long SPARE_DELAY_MILLIS = 3000;

    private static final Map<Path, CompletableFuture<HostLauncher>> LAUNCHERS = new ConcurrentHashMap<>();

    private final EnginePort port;
    private final Holds holds;
    private final Path cacheDir;
    private final Set<HostProcess> handedOut = ConcurrentHashMap.newKeySet();
    private final Map<String, ChildJvmHost> live = new LinkedHashMap<>();
    /** Per package: its debug mode, or empty when turned off explicitly. */
    private final Map<String, Optional<Debugging>> debugging = new HashMap<>();
    /** Debug mode of packages nobody set one for: from {@link #DEBUG_PROPERTY} (the CLI's --debug-hosts), or null. */
    private final Debugging debuggingByDefault = Debugging.fromProperty(System.getProperty(DEBUG_PROPERTY));
    private final Set<String> isolated = new java.util.HashSet<>();
    private final ThreadLocal<Host> settingOrigin = new ThreadLocal<>();
    private volatile HostPool pool;
    private volatile boolean closed;
    private Instant clockNow;
    private double clockRate;
    private DeviceStatusSnapshot status;

    /** Debug mode of a package's hosts: JDWP on 127.0.0.1; time limits off unless enforced. */
    public record Debugging(boolean waitForDebugger, boolean enforceTimeLimits) {
        /**
         * The mode a {@link #DEBUG_PROPERTY} value asks for: {@code on}, {@code wait}, either
         * followed by {@code ,enforce}; null for none (absent, empty or {@code off}).
         *
         * @throws IllegalArgumentException for any other value, naming the valid ones
         */
        public static Debugging fromProperty(String value) {
            if (value == null || value.isBlank() || value.equals("off")) {
                return null;
            }
            String[] parts = value.split(",", -1);
            boolean enforce = parts.length == 2 && parts[1].equals("enforce");
            if (parts.length > 2 || (parts.length == 2 && !enforce) || !(parts[0].equals("on") || parts[0].equals("wait"))) {
                throw new IllegalArgumentException(DEBUG_PROPERTY + "=" + value
                        + " is not a debug mode: write on, wait, on,enforce or wait,enforce (or off)");
            }
            return new Debugging(parts[0].equals("wait"), enforce);
        }
    }

    /**
     * System property: debug mode for every package's hosts unless the user sets one per package
     * ({@code on}, {@code wait}, optionally {@code ,enforce}); set by {@code --debug-hosts}.
     */
    public static final String DEBUG_PROPERTY = "bgsim.debugHosts";

    public ChildHosts(EnginePort port, Holds holds, Path cacheDir) {
        this.port = port;
        this.holds = holds;
        this.cacheDir = cacheDir;
    }

    /**
     * The launcher for {@code cacheDir}, shared by every engine in this JVM; composing the host
     * jar starts on a background thread at the first call.
     */
    public static CompletableFuture<HostLauncher> launcher(Path cacheDir) {
        return LAUNCHERS.computeIfAbsent(cacheDir.toAbsolutePath(), dir -> CompletableFuture.supplyAsync(() -> {
            try {
                return HostLauncher.create(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }

    /** Starts composing the host jar in the background, so that the first activation does not wait for it. */
    public void prepare() {
        launcher(cacheDir);
    }

    // ---------------------------------------------------------------- starting and ending

    /**
     * Engine thread. A host for {@code key}: a warm one released under the same key and code, the
     * spare, or a new JVM. While it starts, a hold "host starting" names it.
     *
     * @param heapMaxBytes the profile's memory quota (0: none)
     */
    public ChildJvmHost start(String key, String placement, String packageName, List<Path> codeJars, long heapMaxBytes,
                              ChildHostEvents events) throws IOException {
        HostPool p = pool(heapMaxBytes);
        HostOptions options = HostOptions.defaults(key).withHeapMaxBytes(heapMaxBytes).withHeartbeat(BEAT, SILENT_AFTER);
        Debugging debug = debugging(packageName).orElse(null);
        if (debug != null) {
            options = options.withDebug(true, debug.waitForDebugger());
        }
        String poolKey = key + " " + codeJars;
        HostOptions chosen = options;
        ChildJvmHost host = new ChildJvmHost(key, placement, port, events, listener -> p.acquire(poolKey, chosen, listener));
        handedOut.add(host.process());
        live.put(key, host);
        host.poolKey = poolKey;
        CompletableFuture<?> ready = host.process().ready();
        if (!ready.isDone()) {
            long hold = holds.acquire(HoldKind.EXTERNAL, "host starting: " + key).id();
            ready.whenComplete((r, e) -> port.post(() -> holds.release(hold)));
        }
        if (clockNow != null) {
            host.clock(clockNow, clockRate);
        }
        // The spare starts once this host is up, so the two JVMs do not boot on the same cores at once.
        ready.whenComplete((r, e) -> CompletableFuture.runAsync(() -> {
            try {
                p.warmUp();
            } catch (IOException | RuntimeException ex) {
                // No spare: the next new host starts cold. Nothing else changes.
            }
        }, CompletableFuture.delayedExecutor(SPARE_DELAY_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS)));
        return host;
    }

    /** Who knows whether an idle host still has frames of its ended instances to deliver. */
    public interface Drain {
        /** Engine thread. Whether pieces of ended instances of {@code host} still wait for their last frames. */
        boolean draining(ChildJvmHost host);

        /** Engine thread. Runs {@code then} once {@code host} has drained (or gave up waiting). */
        void whenDrained(ChildJvmHost host, Runnable then);
    }

    private Drain drain;

    /** Engine thread. Connects who tells when an idle host has delivered its last frames. */
    public void setDrain(Drain value) {
        drain = value;
    }

    /**
     * Engine thread. An idle host: its process goes back to the pool, warm for the next
     * activation of its key, once the frames of its ended instances have arrived.
     */
    public void release(ChildJvmHost host) {
        if (drain != null && drain.draining(host)) {
            host.retire();
            drain.whenDrained(host, () -> {
                if (host.process().isAlive() && host.instances().isEmpty()) {
                    release(host);
                }
            });
            return;
        }
        live.remove(host.id(), host);
        host.detachProcess();
        HostPool p = pool;
        if (p != null && !closed) {
            p.release(host.poolKey, host.process());
        } else {
            host.process().shutdown();
        }
        handedOut.remove(host.process());
    }

    /** Engine thread. A host that ended or was killed: no longer told anything. */
    public void forget(ChildJvmHost host) {
        live.remove(host.id(), host);
    }

    /** Engine thread. The debug mode of a package's hosts started from now on, or null to end it. */
    public void setDebugging(String packageName, Debugging debug) {
        debugging.put(packageName, Optional.ofNullable(debug));
    }

    /**
     * Engine thread. Whether a package's in-process tasks run isolated: in a child JVM that is the
     * app's process (host key {@code app:PACKAGE}) instead of bgsim's own JVM (SPEC 3.8). Takes
     * effect for app processes started from now on.
     */
    public void setIsolated(String packageName, boolean on) {
        if (on) {
            isolated.add(packageName);
        } else {
            isolated.remove(packageName);
        }
    }

    /** Engine thread. Whether the package's in-process tasks run in a child JVM. */
    public boolean isolated(String packageName) {
        return isolated.contains(packageName);
    }

    /** Engine thread. The package's debug mode, if on. */
    public Optional<Debugging> debugging(String packageName) {
        Optional<Debugging> set = debugging.get(packageName);
        return set != null ? set : Optional.ofNullable(debuggingByDefault);
    }

    private HostPool pool(long heapMaxBytes) throws IOException {
        if (closed) {
            throw new IOException("the engine is closing");
        }
        if (pool == null) {
            HostLauncher launcher;
            try {
                launcher = launcher(cacheDir).join();
            } catch (CompletionException e) {
                throw new IOException("cannot prepare the task host jar in " + cacheDir + ": " + e.getCause().getMessage(),
                        e.getCause());
            }
            pool = new HostPool(launcher, HostOptions.defaults("spare").withHeapMaxBytes(heapMaxBytes)
                    .withHeartbeat(BEAT, SILENT_AFTER), IDLE_TIMEOUT);
        }
        return pool;
    }

    // ---------------------------------------------------------------- keeping hosts told

    /** Engine thread. The clock moved or changed rate: every live host hears it. */
    public void clockChanged(Instant now, double rate) {
        clockNow = now;
        clockRate = rate;
        for (ChildJvmHost h : new ArrayList<>(live.values())) {
            if (!h.isDead()) {
                h.clock(now, rate);
            }
        }
    }

    /** Engine thread. The device status now; pushed to every live host when it changed. */
    public void status(DeviceStatusSnapshot now) {
        if (now.equals(status)) {
            return;
        }
        status = now;
        for (ChildJvmHost h : new ArrayList<>(live.values())) {
            if (!h.isDead()) {
                h.status(now);
            }
        }
    }

    /** Engine thread. A setting of the package changed: every live host but {@code origin} updates its cache. */
    public void settingChanged(String packageName, String key, Object value, boolean removed, Host origin) {
        for (ChildJvmHost h : new ArrayList<>(live.values())) {
            if (h != origin && !h.isDead() && h.id().startsWith(packageName + "/")) {
                h.settingChanged(packageName, key, value, removed);
            }
        }
    }

    /** Any thread. Runs {@code write} as a settings change made by {@code origin} (not echoed back to it). */
    public void writeFrom(Host origin, Runnable write) {
        settingOrigin.set(origin);
        try {
            write.run();
        } finally {
            settingOrigin.remove();
        }
    }

    /** A settings store that tells the live hosts of each change (from the app, a task or another host). */
    public SettingsStore fanOut(SettingsStore store) {
        return new SettingsStore() {
            @Override
            public Object get(String packageName, String key) {
                return store.get(packageName, key);
            }

            @Override
            public void put(String packageName, String key, Object value) {
                store.put(packageName, key, value);
                changed(packageName, key, value, value == null);
            }

            @Override
            public boolean remove(String packageName, String key) {
                boolean removed = store.remove(packageName, key);
                if (removed) {
                    changed(packageName, key, null, true);
                }
                return removed;
            }

            @Override
            public Set<String> keys(String packageName) {
                return store.keys(packageName);
            }

            @Override
            public void clear(String packageName) {
                store.clear(packageName);
            }

            @Override
            public Map<String, Object> snapshot(String packageName) {
                return store.snapshot(packageName);
            }

            private void changed(String packageName, String key, Object value, boolean removed) {
                Host origin = settingOrigin.get();
                port.post(() -> settingChanged(packageName, key, value, removed, origin));
            }
        };
    }

    // ---------------------------------------------------------------- closing

    /** Any thread. Kills every host this engine was handed and shuts the pool (spare and warm hosts) down. */
    @Override
    public void close() {
        closed = true;
        HostPool p = pool;
        if (p != null) {
            p.close();
        }
        for (HostProcess h : handedOut) {
            if (h.isAlive()) {
                h.kill("bgsim closed the engine");
            }
        }
        handedOut.clear();
    }

    /** Any thread. Pids of the processes this engine was handed that still run (tests check none is left). */
    public List<Long> livePids() {
        List<Long> out = new ArrayList<>();
        for (HostProcess h : handedOut) {
            if (h.isAlive()) {
                out.add(h.pid());
            }
        }
        return out;
    }
}
