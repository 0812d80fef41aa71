package dev.bgsim.host.process;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * One launcher for the host tests (cache under target/, archive recorded once) and the list of
 * every host pid spawned, so each test class can check that none is left alive.
 */
final class HostTestSupport {
    static final Duration WAIT = Duration.ofSeconds(30);
    private static final List<Long> SPAWNED = new CopyOnWriteArrayList<>();
    private static final Object LOCK = new Object();
    private static final HostLauncher[] LAUNCHER = new HostLauncher[1];

    private HostTestSupport() {
    }

    static HostLauncher launcher() throws IOException {
        synchronized (LOCK) {
            if (LAUNCHER[0] == null) {
                HostLauncher l = HostLauncher.create(Path.of("target", "host-cache").toAbsolutePath());
                l.prepareClassDataSharing(Duration.ofSeconds(60));
                LAUNCHER[0] = l;
            }
            return LAUNCHER[0];
        }
    }

    static HostOptions options(String label) {
        return HostOptions.defaults(label);
    }

    /** Starts a driven host and waits until it is ready. */
    static DrivenHost startDriven(HostOptions options) throws Exception {
        DrivenHost driven = new DrivenHost();
        HostProcess host = launcher().start(options, driven);
        SPAWNED.add(host.pid());
        driven.attach(host);
        host.ready().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        return driven;
    }

    /** Adds a host started outside {@link #startDriven} to the pids checked at the end. */
    static void track(HostProcess host) {
        SPAWNED.add(host.pid());
    }

    /** Fails when a host spawned by the tests still runs (waits a little for those being killed). */
    static void assertNoHostLeft() throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        for (long pid : SPAWNED) {
            ProcessHandle p = ProcessHandle.of(pid).orElse(null);
            if (p == null) {
                continue;
            }
            try {
                p.onExit().get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                throw new AssertionError("host pid " + pid + " is still alive after the tests");
            }
        }
    }
}
