package dev.bgsim.engine.workspace;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.bgsim.engine.sdkimpl.InMemorySettingsStore;
import dev.bgsim.engine.sdkimpl.SettingsStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Local settings in {@code settings/PACKAGE.json}: an in-memory copy, written through atomically
 * on every change. Thread-safe (the app and its tasks share it).
 */
public final class FileSettingsStore implements SettingsStore {
    private final Path dir;
    private final JsonFiles files;
    private final InMemorySettingsStore memory = new InMemorySettingsStore();
    private final List<WorkspaceProblem> problems = new ArrayList<>();

    FileSettingsStore(Path dir, JsonFiles files) {
        this.dir = dir;
        this.files = files;
        load();
    }

    private void load() {
        JsonFiles.removeTemporaries(dir);
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (var s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                String pkg = p.getFileName().toString().replaceFirst("\\.json$", "");
                files.read(p, n -> files.mapper().convertValue(n.required("settings"),
                        new TypeReference<TreeMap<String, Object>>() { }), problems)
                        .ifPresent(m -> m.forEach((k, v) -> memory.put(pkg, k, v)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Files that could not be read at load (moved aside). */
    public List<WorkspaceProblem> problems() {
        return List.copyOf(problems);
    }

    private synchronized void persist(String pkg) {
        Map<String, Object> snap = memory.snapshot(pkg);
        Path file = dir.resolve(pkg + ".json");
        if (snap.isEmpty()) {
            files.delete(file);
        } else {
            files.write(file, Map.of("version", 1, "package", pkg, "settings", snap));
        }
    }

    @Override
    public Object get(String packageName, String key) {
        return memory.get(packageName, key);
    }

    @Override
    public synchronized void put(String packageName, String key, Object value) {
        memory.put(packageName, key, value);
        persist(packageName);
    }

    @Override
    public synchronized boolean remove(String packageName, String key) {
        boolean r = memory.remove(packageName, key);
        if (r) {
            persist(packageName);
        }
        return r;
    }

    @Override
    public Set<String> keys(String packageName) {
        return memory.keys(packageName);
    }

    @Override
    public synchronized void clear(String packageName) {
        memory.clear(packageName);
        persist(packageName);
    }

    @Override
    public Map<String, Object> snapshot(String packageName) {
        return memory.snapshot(packageName);
    }
}
