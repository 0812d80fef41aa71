package dev.bgsim.host.process;

import dev.bgsim.host.protocol.Direction;
import dev.bgsim.host.protocol.Field;
import dev.bgsim.host.protocol.FrameReader;
import dev.bgsim.host.protocol.Message;
import dev.bgsim.host.protocol.MessageType;
import dev.bgsim.host.protocol.ProtocolException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One task host: a child JVM running {@code HostMain}, and the threads that serve it here.
 * Frames go out through {@link #send} (never blocks); frames coming in reach the
 * {@link HostListener} on this host's reader thread, in order, followed by exactly one
 * {@link HostListener#onExit}. A bad frame from the host ends the host, never bgsim. Start one
 * with {@link HostLauncher#start}. All public methods are thread-safe.
 */
public final class HostProcess implements AutoCloseable {
    private static final long EXIT_AFTER_EOF_MILLIS = 2000;

    private final HostOptions options;
    private final HostListener listener;
    private final Process process;
    private final long spawnNanos;
    private final int debugPort;
    private final FrameSender sender;
    private final StderrTail stderr;
    private final CompletableFuture<HostReady> ready = new CompletableFuture<>();
    private final CompletableFuture<HostExit> exited = new CompletableFuture<>();
    private final Map<Long, CompletableFuture<Duration>> pings = new ConcurrentHashMap<>();
    private final AtomicLong nextPing = new AtomicLong(1);
    private final AtomicBoolean unresponsive = new AtomicBoolean();
    private final Object freezeLock = new Object();
    private volatile long lastBeatNanos;
    private volatile HostVitals vitals;
    private volatile FreezeMode frozen;
    private volatile HostEndCause endCause;
    private volatile String endReason;
    private volatile boolean shutdownRequested;
    private volatile String exitCaller;
    private volatile String exitWho;

    /** How a frozen host is frozen. */
    public enum FreezeMode {
        /** SIGSTOP on the process tree: nothing in the host runs. */
        SIGNAL,
        /** PAUSE frame: task threads block at their next SDK call; pure computation goes on. */
        COOPERATIVE
    }

    private HostProcess(HostOptions options, HostListener listener, Process process, long spawnNanos, int debugPort) {
        this.options = options;
        this.listener = listener;
        this.process = process;
        this.spawnNanos = spawnNanos;
        this.debugPort = debugPort;
        this.lastBeatNanos = spawnNanos;
        String prefix = "bgsim-host-" + process.pid();
        this.sender = new FrameSender(process.getOutputStream(), prefix + "-writer");
        this.stderr = new StderrTail(process.getErrorStream(), line -> listener.onStderrLine(this, line), prefix + "-stderr");
    }

    /** Spawns the JVM and starts this side's threads; returns at once (see {@link #ready()}). */
    static HostProcess spawn(HostOptions options, Path hostJar, List<String> cdsArgs, HostListener listener)
            throws IOException {
        int port = options.debug() ? freeLoopbackPort() : 0;
        ProcessBuilder pb = new ProcessBuilder(JvmCommand.build(options, hostJar, cdsArgs, port));
        long spawnNanos = System.nanoTime();
        Process p = pb.start();
        HostProcess host = new HostProcess(options, listener, p, spawnNanos, port);
        host.startThreads();
        return host;
    }

    private void startThreads() {
        sender.start();
        stderr.start();
        Thread reader = new Thread(this::readUntilExit, "bgsim-host-" + process.pid() + "-reader");
        reader.setDaemon(true);
        reader.start();
        Thread watchdog = new Thread(this::watch, "bgsim-host-" + process.pid() + "-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    // ---------------------------------------------------------------- public API

    /** The host's label (from its options). */
    public String label() {
        return options.label();
    }

    /** The options it was started with. */
    public HostOptions options() {
        return options;
    }

    /** The host's process id. */
    public long pid() {
        return process.pid();
    }

    /** The JDWP port on 127.0.0.1, or 0 when the host was not started for debugging. */
    public int debugPort() {
        return debugPort;
    }

    /** Completes when the host says READY; fails if it ends first. */
    public CompletableFuture<HostReady> ready() {
        return ready;
    }

    /** Completes when the host has ended and {@link HostListener#onExit} was called. */
    public CompletableFuture<HostExit> exited() {
        return exited;
    }

    /** Whether the process still runs. */
    public boolean isAlive() {
        return process.isAlive();
    }

    /** The last heartbeat, or null before the first. */
    public HostVitals vitals() {
        return vitals;
    }

    /** How the host is frozen now, or null when it runs. */
    public FreezeMode frozen() {
        return frozen;
    }

    /**
     * Queues a frame for the host; never blocks. Returns false when the host is gone or going (its
     * exit is, or soon will be, reported through {@link HostListener#onExit}).
     *
     * @throws dev.bgsim.host.protocol.FrameTooLargeException when the message does not fit a frame
     */
    public boolean send(Message message) {
        return sender.send(message);
    }

    /** Sends PING; the future completes with the round-trip time when PONG arrives. */
    public CompletableFuture<Duration> ping() {
        long seq = nextPing.getAndIncrement();
        CompletableFuture<Duration> f = new CompletableFuture<>();
        long sent = System.nanoTime();
        pings.put(seq, f);
        f.thenRun(() -> pings.remove(seq));
        CompletableFuture<Duration> timed = f.thenApply(x -> Duration.ofNanos(System.nanoTime() - sent));
        if (!send(Message.of(MessageType.PING).with(Field.SEQ, seq).build())) {
            f.completeExceptionally(new IOException("host " + label() + " is gone"));
        }
        return timed;
    }

    /**
     * Freezes the host: SIGSTOP on its process tree where signals exist, else a cooperative PAUSE.
     * Heartbeat silence while frozen is expected and not reported.
     *
     * @return how it was frozen
     */
    public FreezeMode freeze() throws IOException {
        synchronized (freezeLock) {
            if (frozen != null) {
                return frozen;
            }
            if (ProcessSignals.available()) {
                frozen = FreezeMode.SIGNAL;
                ProcessSignals.stop(process.toHandle());
            } else {
                frozen = FreezeMode.COOPERATIVE;
                send(Message.of(MessageType.PAUSE).build());
            }
            return frozen;
        }
    }

    /** Thaws a host frozen with {@link #freeze}; does nothing if it is not frozen. */
    public void thaw() throws IOException {
        synchronized (freezeLock) {
            if (frozen == null) {
                return;
            }
            if (frozen == FreezeMode.SIGNAL) {
                ProcessSignals.resume(process.toHandle());
            } else {
                send(Message.of(MessageType.RESUME).build());
            }
            lastBeatNanos = System.nanoTime();
            frozen = null;
        }
    }

    /**
     * Kills the host's process tree at once (SIGKILL); the exit is reported with cause
     * {@link HostEndCause#KILLED_BY_BGSIM} and {@code reason}.
     */
    public void kill(String reason) {
        end(HostEndCause.KILLED_BY_BGSIM, reason);
    }

    /** Asks the host to exit (SHUTDOWN, then stdin closed); kill it if it has not exited in time. */
    public void shutdown() {
        shutdownRequested = true;
        send(Message.of(MessageType.SHUTDOWN).build());
        sender.close();
    }

    /** Kills the host if it still runs and waits (bounded) for the exit report. */
    @Override
    public void close() {
        if (process.isAlive()) {
            kill("closed by bgsim");
        }
        try {
            exited.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            // The report is best effort on close; the process itself is dead or dying.
        }
    }

    // ---------------------------------------------------------------- reader thread

    private void readUntilExit() {
        FrameReader reader = new FrameReader(new BufferedInputStream(process.getInputStream(), 1 << 16), Direction.TO_PARENT);
        try {
            Message m;
            while ((m = reader.read()) != null) {
                handle(m);
            }
        } catch (ProtocolException e) {
            end(HostEndCause.PROTOCOL_VIOLATION, "the host sent an invalid frame: " + e.getMessage());
        } catch (IOException e) {
            // The pipe broke: the process is dying; its exit code tells the rest.
        }
        awaitProcessExit();
        HostExit exit = classify();
        ready.completeExceptionally(new HostEndedException(exit));
        pings.values().forEach(f -> f.completeExceptionally(new HostEndedException(exit)));
        deliver(() -> listener.onExit(this, exit));
        exited.complete(exit);
    }

    private void handle(Message m) {
        switch (m.type()) {
            case READY -> ready.complete(new HostReady(process.pid(),
                    Duration.ofNanos(System.nanoTime() - spawnNanos),
                    Duration.ofMillis(Math.max(0, m.integer(Field.MAIN_MILLIS) - wallMillisAt(spawnNanos))),
                    m.string(Field.JAVA_VERSION)));
            case HEARTBEAT -> {
                lastBeatNanos = System.nanoTime();
                vitals = new HostVitals(m.integer(Field.CPU_NANOS), m.integer(Field.HEAP_USED), m.integer(Field.HEAP_MAX),
                        m.integer(Field.THREADS), m.bool(Field.PAUSED), Instant.now());
                if (unresponsive.compareAndSet(true, false)) {
                    deliver(() -> listener.onResponsiveAgain(this));
                }
            }
            case PONG -> {
                CompletableFuture<Duration> f = pings.get(m.integer(Field.SEQ));
                if (f != null) {
                    f.complete(Duration.ZERO);
                }
            }
            case EXITING -> {
                exitWho = " on thread \"" + m.string(Field.THREAD_NAME) + "\""
                        + (m.has(Field.INSTANCE_ID) ? " of instance " + m.string(Field.INSTANCE_ID) : "");
                exitCaller = m.string(Field.STACK);
            }
            default -> {
                // Everything else is for the listener alone.
            }
        }
        deliver(() -> listener.onMessage(this, m));
    }

    /** Calls the listener; its failure is logged and must not stop the reader (that would lose the host's frames). */
    private void deliver(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            System.getLogger("dev.bgsim.host").log(System.Logger.Level.ERROR,
                    "host listener failed for host " + label() + " (pid " + pid() + ")", e);
        }
    }

    private void awaitProcessExit() {
        try {
            if (!process.waitFor(EXIT_AFTER_EOF_MILLIS, TimeUnit.MILLISECONDS)) {
                end(HostEndCause.PROTOCOL_VIOLATION, "the host closed its stdout (the frame channel) but kept running");
                process.waitFor();
            }
            stderr.awaitEnd(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            killTree();
        }
    }

    private HostExit classify() {
        int code = process.exitValue();
        List<String> tail = stderr.lines();
        if (endCause != null) {
            return new HostExit(endCause, endReason, code, exitCaller, tail);
        }
        if (!ready.isDone()) {
            return new HostExit(HostEndCause.START_FAILED, "the host JVM exited with code " + code
                    + " before it was ready; see its stderr", code, null, tail);
        }
        if (exitCaller != null) {
            return new HostExit(HostEndCause.TASK_EXIT, "task code called System.exit(" + code + ")" + exitWho,
                    code, exitCaller, tail);
        }
        if (code == 0 && shutdownRequested) {
            return new HostExit(HostEndCause.SHUT_DOWN, "shut down by bgsim", code, null, tail);
        }
        if (code > 128 && code < 128 + 32 && code != 128 + 6) {
            return new HostExit(HostEndCause.KILLED_EXTERNALLY, "killed by signal " + (code - 128)
                    + signalName(code - 128) + " from outside bgsim", code, null, tail);
        }
        if (code == 128 + 6) {
            return new HostExit(HostEndCause.HALTED, "the host JVM aborted (SIGABRT): a native crash; look for an"
                    + " hs_err_pid" + pid() + ".log file", code, null, tail);
        }
        return new HostExit(HostEndCause.HALTED, "the host exited with code " + code + " without running shutdown"
                + " hooks: task code called Runtime.halt, or the JVM died", code, null, tail);
    }

    private static String signalName(int signal) {
        return switch (signal) {
            case 9 -> " (SIGKILL)";
            case 15 -> " (SIGTERM)";
            case 2 -> " (SIGINT)";
            case 1 -> " (SIGHUP)";
            default -> "";
        };
    }

    // ---------------------------------------------------------------- ending

    /** Records why the host ends (first cause wins) and kills its tree. */
    private void end(HostEndCause cause, String reason) {
        synchronized (this) {
            if (endCause == null) {
                endCause = cause;
                endReason = reason;
            }
        }
        killTree();
    }

    private void killTree() {
        List<ProcessHandle> tree = process.descendants().toList();
        process.destroyForcibly();
        tree.forEach(ProcessHandle::destroyForcibly);
        sender.close();
    }

    // ---------------------------------------------------------------- watchdog thread

    private void watch() {
        long pollMillis = Math.max(10, Math.min(options.heartbeat().toMillis(), 100));
        long readyDeadline = spawnNanos + options.readyTimeout().toNanos();
        while (process.isAlive()) {
            long now = System.nanoTime();
            if (!ready.isDone() && !options.debugSuspend() && now - readyDeadline > 0) {
                end(HostEndCause.START_FAILED, "the host did not say READY within " + options.readyTimeout().toMillis() + " ms");
            } else if (ready.isDone() && frozen != FreezeMode.SIGNAL) {
                long silent = now - lastBeatNanos;
                if (silent > options.unresponsiveAfter().toNanos() && unresponsive.compareAndSet(false, true)) {
                    deliver(() -> listener.onUnresponsive(this, Duration.ofNanos(silent)));
                }
            }
            try {
                process.waitFor(pollMillis, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private static long wallMillisAt(long nanoTime) {
        return System.currentTimeMillis() - (System.nanoTime() - nanoTime) / 1_000_000;
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Override
    public String toString() {
        return "host " + label() + " (pid " + pid() + ")";
    }
}
