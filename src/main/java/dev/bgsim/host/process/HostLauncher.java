package dev.bgsim.host.process;

import dev.bgsim.host.protocol.DeviceStatusSnapshot;
import dev.bgsim.host.protocol.Field;
import dev.bgsim.host.protocol.Message;
import dev.bgsim.host.protocol.MessageType;
import dev.bgsim.host.protocol.TriggerDetailsCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Starts hosts: owns the host jar and its class-data-sharing archive in a cache directory, and
 * records the archive once (in the background on first start, or up front with
 * {@link #prepareClassDataSharing}). One per bgsim; thread-safe.
 */
public final class HostLauncher {
    private final HostJar jar;
    private final CdsArchive archive;
    private final AtomicBoolean training = new AtomicBoolean();

    private HostLauncher(HostJar jar) {
        this.jar = jar;
        this.archive = new CdsArchive(jar);
    }

    /**
     * A launcher whose host jar and archive live under {@code cacheDir}.
     *
     * @throws IOException when the host jar cannot be composed or written there
     */
    public static HostLauncher create(Path cacheDir) throws IOException {
        return new HostLauncher(HostJar.prepare(cacheDir));
    }

    /** The default cache directory: {@code ~/.cache/bgsim/hosts}. */
    public static Path defaultCacheDir() {
        return Path.of(System.getProperty("user.home"), ".cache", "bgsim", "hosts");
    }

    /** The jar hosts run from. */
    public Path hostJar() {
        return jar.path();
    }

    /** Whether the class-data-sharing archive has been recorded. */
    public boolean hasClassDataSharingArchive() {
        return archive.exists();
    }

    /**
     * Spawns a host; returns at once (wait with {@link HostProcess#ready()}). With class-data
     * sharing on and no archive yet, this host starts without one and the archive is recorded in
     * the background for the hosts after it.
     */
    public HostProcess start(HostOptions options, HostListener listener) throws IOException {
        List<String> cds = List.of();
        if (options.classDataSharing()) {
            cds = archive.useArgs();
            if (cds.isEmpty()) {
                recordArchiveInBackground();
            }
        }
        return HostProcess.spawn(options, jar.path(), cds, listener);
    }

    /**
     * Records the class-data-sharing archive now if there is none (a training host runs
     * {@code WarmUpTask} and exits; about a second). Returns whether an archive exists afterwards.
     */
    public boolean prepareClassDataSharing(Duration timeout) {
        if (archive.exists()) {
            return true;
        }
        if (training.compareAndSet(false, true)) {
            try {
                train(timeout);
            } finally {
                training.set(false);
            }
        }
        return archive.exists();
    }

    private void recordArchiveInBackground() {
        if (training.compareAndSet(false, true)) {
            Thread t = new Thread(() -> {
                try {
                    train(Duration.ofSeconds(60));
                } finally {
                    training.set(false);
                }
            }, "bgsim-host-cds-training");
            t.setDaemon(true);
            t.start();
        }
    }

    private void train(Duration timeout) {
        Path classList = null;
        Path tmp = null;
        try {
            classList = Files.createTempFile(jar.directory(), "host-training", ".classlist");
            tmp = Files.createTempFile(jar.directory(), "host-training", ".jsa");
            Files.delete(tmp);
            CompletableFuture<Void> returned = new CompletableFuture<>();
            HostListener listener = new HostListener() {
                @Override
                public void onMessage(HostProcess host, Message m) {
                    if (m.type() == MessageType.RUN_RETURNED || m.type() == MessageType.RUN_THREW
                            || m.type() == MessageType.START_FAILED) {
                        returned.complete(null);
                    }
                }

                @Override
                public void onExit(HostProcess host, HostExit exit) {
                    returned.complete(null);
                }
            };
            HostOptions options = HostOptions.defaults("cds-training").withClassDataSharing(false);
            try (HostProcess host = HostProcess.spawn(options, jar.path(), CdsArchive.recordArgs(classList), listener)) {
                host.ready().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                host.send(warmUpStart());
                returned.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                host.shutdown();
                host.exited().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            }
            CdsArchive.dump(classList, jar.path(), tmp, timeout.toMillis());
            archive.publish(tmp);
        } catch (Exception e) {
            // Without an archive hosts start a little slower, and nothing else changes: say so, go on.
            System.getLogger("dev.bgsim.host").log(System.Logger.Level.WARNING,
                    "could not record the host class-data-sharing archive; hosts start without it", e);
        } finally {
            deleteQuietly(classList);
            deleteQuietly(tmp);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // Leftover temp file in the cache directory; harmless.
        }
    }

    private Message warmUpStart() {
        return Message.of(MessageType.START_INSTANCE).with(Field.INSTANCE_ID, UUID.randomUUID().toString())
                .with(Field.TASK_ID, UUID.randomUUID().toString()).with(Field.TASK_NAME, "warm-up")
                .with(Field.PACKAGE_ID, "bgsim-warm-up").with(Field.ENTRY_POINT, "dev.bgsim.host.child.WarmUpTask")
                .with(Field.CODE_JARS, List.of(jar.path().toString()))
                .with(Field.DETAILS_KIND, TriggerDetailsCodec.NONE).with(Field.SETTINGS, Map.of())
                .with(Field.STATUS, DeviceStatusSnapshot.desktopDefaults().toWire())
                .with(Field.SIM_NANOS, 0L).with(Field.RATE, 0.0).build();
    }
}
