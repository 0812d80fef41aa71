package dev.bgsim.ui.shell;

import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.Events;
import dev.bgsim.ui.drain.EventSink;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;

/**
 * Watches the files loaded packages were read from (the path and code jars of each PackageRead)
 * with a {@link WatchService} on its own daemon thread, and tells the FX thread which package
 * changed on disk once its files have been quiet for {@link #QUIET_MS} (a rebuild writes a jar
 * in several steps). It learns what to watch from the event stream, so a reload or an update
 * re-reads the list; the FX thread only hands over paths, it never waits on the file system.
 */
public final class PackageFileWatcher implements EventSink, AutoCloseable {
    /** How long a package's files must stay unchanged before the change is reported. */
    static final long QUIET_MS = 400;

    private final Executor fxThread;
    private final BiConsumer<String, String> changed;
    private final ConcurrentLinkedQueue<Runnable> requests = new ConcurrentLinkedQueue<>();
    private final Thread thread;
    private volatile boolean closed;

    // Watcher thread only.
    private WatchService service;
    /** Directory → file name (or "*" for every entry of a package folder) → packages read from it. */
    private final Map<Path, Map<String, Set<String>>> watched = new HashMap<>();
    private final Map<Path, WatchKey> keys = new HashMap<>();
    /** Package → the file that changed and when it last changed, until it is reported. */
    private final Map<String, Path> pendingFile = new LinkedHashMap<>();
    private final Map<String, Long> pendingSince = new HashMap<>();

    /**
     * @param fxThread runs {@code changed} on the FX thread
     * @param changed  told (package name, file that changed) when a loaded package's file changed on disk
     */
    public PackageFileWatcher(Executor fxThread, BiConsumer<String, String> changed) {
        this.fxThread = fxThread;
        this.changed = changed;
        this.thread = new Thread(this::run, "bgsim-package-watcher");
        thread.setDaemon(true);
    }

    /** Starts watching; packages read before (the event history) are watched too. */
    public void start() {
        thread.start();
    }

    @Override
    public void accept(List<EngineEvent> events) {
        for (EngineEvent e : events) {
            String pkg = e.subjects().packageName();
            if (pkg == null) {
                continue;
            }
            if (e.payload() instanceof Events.PackageRead read) {
                List<String> files = new java.util.ArrayList<>();
                files.add(read.path());
                if (read.codeJars() != null) {
                    files.addAll(read.codeJars());
                }
                requests.add(() -> watch(pkg, files));
            } else if (e.payload() instanceof Events.PackageUnloaded) {
                requests.add(() -> forget(pkg));
            }
        }
    }

    private long turns;

    private void run() {
        try (WatchService s = FileSystems.getDefault().newWatchService()) {
            service = s;
            while (!closed) {
                for (Runnable r; (r = requests.poll()) != null; ) {
                    r.run();
                }
                WatchKey key = s.poll(100, java.util.concurrent.TimeUnit.MILLISECONDS);
                if (key != null) {
                    drain(key);
                }
                if (++turns % 10 == 0) {
                    watchAgain();
                }
                reportQuietChanges();
            }
        } catch (IOException | InterruptedException | ClosedWatchServiceException e) {
            // Closing the window ends the thread; a file system without watching leaves packages unwatched.
        }
    }

    private void watch(String pkg, List<String> files) {
        forget(pkg);
        for (String f : files) {
            Path file = Path.of(f).toAbsolutePath().normalize();
            boolean folder = Files.isDirectory(file);
            Path dir = folder ? file : file.getParent();
            if (dir == null) {
                continue;
            }
            watched.computeIfAbsent(dir, d -> new HashMap<>())
                    .computeIfAbsent(folder ? "*" : file.getFileName().toString(), n -> new HashSet<>()).add(pkg);
            if (!keys.containsKey(dir)) {
                try {
                    keys.put(dir, dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                            StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE));
                } catch (IOException e) {
                    // The folder is gone or cannot be watched: nothing to tell about it.
                }
            }
        }
    }

    /**
     * A folder deleted and made again (a clean build) loses its watch: once it exists again it is
     * watched again, and its packages count as changed, since their files were written anew.
     */
    private void watchAgain() {
        for (Map.Entry<Path, Map<String, Set<String>>> e : watched.entrySet()) {
            Path dir = e.getKey();
            if (keys.containsKey(dir) || !Files.isDirectory(dir)) {
                continue;
            }
            try {
                keys.put(dir, dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE));
            } catch (IOException ex) {
                continue;
            }
            e.getValue().forEach((name, pkgs) -> pkgs.forEach(pkg -> {
                pendingFile.put(pkg, name.equals("*") ? dir : dir.resolve(name));
                pendingSince.put(pkg, System.nanoTime());
            }));
        }
    }

    private void forget(String pkg) {
        pendingFile.remove(pkg);
        pendingSince.remove(pkg);
        watched.values().forEach(names -> names.values().forEach(pkgs -> pkgs.remove(pkg)));
        watched.values().forEach(names -> names.values().removeIf(Set::isEmpty));
        watched.entrySet().removeIf(e -> {
            if (!e.getValue().isEmpty()) {
                return false;
            }
            WatchKey k = keys.remove(e.getKey());
            if (k != null) {
                k.cancel();
            }
            return true;
        });
    }

    private void drain(WatchKey key) {
        Path dir = (Path) key.watchable();
        Map<String, Set<String>> names = watched.getOrDefault(dir, Map.of());
        for (WatchEvent<?> event : key.pollEvents()) {
            if (!(event.context() instanceof Path name)) {
                continue;
            }
            Set<String> pkgs = new HashSet<>(names.getOrDefault(name.toString(), Set.of()));
            pkgs.addAll(names.getOrDefault("*", Set.of()));
            for (String pkg : pkgs) {
                pendingFile.put(pkg, dir.resolve(name));
                pendingSince.put(pkg, System.nanoTime());
            }
        }
        if (!key.reset()) {
            keys.remove(dir);
        }
    }

    private void reportQuietChanges() {
        long now = System.nanoTime();
        for (var it = pendingFile.entrySet().iterator(); it.hasNext(); ) {
            var e = it.next();
            if (now - pendingSince.get(e.getKey()) >= QUIET_MS * 1_000_000) {
                String pkg = e.getKey();
                String file = e.getValue().toString();
                pendingSince.remove(pkg);
                it.remove();
                fxThread.execute(() -> changed.accept(pkg, file));
            }
        }
    }

    @Override
    public void close() {
        closed = true;
    }
}
