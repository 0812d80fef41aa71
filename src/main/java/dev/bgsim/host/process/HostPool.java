package dev.bgsim.host.process;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Keeps hosts warm: one pre-started spare (so a cold activation does not wait for a JVM to boot),
 * and hosts given back with {@link #release} kept for an idle period under their key (the
 * engine's host id, e.g. "pkg/default"), reused by the next {@link #acquire} of that key and shut
 * down when the period ends. Thread-safe; its timer runs on one daemon thread of its own.
 */
public final class HostPool implements AutoCloseable {
    private final HostLauncher launcher;
    private final HostOptions spareOptions;
    private final Duration idleTimeout;
    private final ScheduledExecutorService timer;
    private final Map<String, Parked> parked = new HashMap<>();
    /** Every host this pool started, to find its listener on release (weak: handed-out hosts may be dropped). */
    private final Map<HostProcess, Pooled> all = new WeakHashMap<>();
    private Pooled spare;
    private boolean closed;

    private record Pooled(HostProcess host, SwitchableListener listener) {
    }

    private record Parked(Pooled pooled, ScheduledFuture<?> expiry) {
    }

    /**
     * @param spareOptions the options of the spare; an {@link #acquire} with other options (a heap
     *                     cap, a debugger) starts a host of its own
     * @param idleTimeout  how long a released host stays warm
     */
    public HostPool(HostLauncher launcher, HostOptions spareOptions, Duration idleTimeout) {
        this.launcher = launcher;
        this.spareOptions = spareOptions;
        this.idleTimeout = idleTimeout;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bgsim-host-pool");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts the spare now, so that the first activation finds it warm. */
    public synchronized void warmUp() throws IOException {
        if (spare == null && !closed) {
            spare = startPooled(spareOptions);
        }
    }

    /**
     * A running host for {@code key}: the one released under that key if it is still warm, else the
     * spare if its options fit, else a new one. {@code listener} hears everything from now on (and
     * what a new spare said before, such as READY). A new spare is started to replace a used one.
     */
    public HostProcess acquire(String key, HostOptions options, HostListener listener) throws IOException {
        Pooled chosen;
        boolean replaceSpare = false;
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the host pool is closed");
            }
            Parked p = parked.remove(key);
            if (p != null && p.pooled.host().isAlive() && p.pooled.host().options().sameLaunchAs(options)) {
                p.expiry.cancel(false);
                chosen = p.pooled;
            } else {
                if (p != null) {
                    p.expiry.cancel(false);
                    p.pooled.host().shutdown();
                }
                if (spare != null && spare.host().isAlive() && spareOptions.sameLaunchAs(options)) {
                    chosen = spare;
                    spare = null;
                    replaceSpare = true;
                } else {
                    chosen = startPooled(options);
                }
            }
        }
        chosen.listener().attach(listener);
        if (replaceSpare) {
            timer.execute(this::refillSpare);
        }
        return chosen.host();
    }

    /** Gives a host back: it stays warm under {@code key} for the idle period, then shuts down. */
    public synchronized void release(String key, HostProcess host) {
        Pooled pooled = findPooled(host);
        if (closed || pooled == null || !host.isAlive()) {
            host.shutdown();
            return;
        }
        pooled.listener().detach();
        ScheduledFuture<?> expiry = timer.schedule(() -> expire(key, host), idleTimeout.toMillis(), TimeUnit.MILLISECONDS);
        Parked old = parked.put(key, new Parked(pooled, expiry));
        if (old != null && old.pooled.host() != host) {
            old.expiry.cancel(false);
            old.pooled.host().shutdown();
        }
    }

    /** Shuts down the spare and every parked host. Hosts handed out stay with their owners. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            if (spare != null) {
                spare.host().shutdown();
                spare = null;
            }
            parked.values().forEach(p -> p.pooled.host().shutdown());
            parked.clear();
        }
        timer.shutdownNow();
    }

    private Pooled startPooled(HostOptions options) throws IOException {
        SwitchableListener listener = new SwitchableListener();
        HostProcess host = launcher.start(options, listener);
        Pooled pooled = new Pooled(host, listener);
        all.put(host, pooled);
        return pooled;
    }

    private Pooled findPooled(HostProcess host) {
        return all.get(host);
    }

    private void refillSpare() {
        try {
            warmUp();
        } catch (IOException e) {
            System.getLogger("dev.bgsim.host").log(System.Logger.Level.WARNING,
                    "could not start a spare task host; the next activation starts one cold", e);
        }
    }

    private synchronized void expire(String key, HostProcess host) {
        Parked p = parked.get(key);
        if (p != null && p.pooled.host() == host) {
            parked.remove(key);
            host.shutdown();
        }
    }
}
