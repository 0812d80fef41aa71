package dev.bgsim.engine.sdkimpl;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Thread-safe in-memory {@link SettingsStore}. */
public final class InMemorySettingsStore implements SettingsStore {
    private final Map<String, Map<String, Object>> byPackage = new ConcurrentHashMap<>();

    private Map<String, Object> of(String pkg) {
        return byPackage.computeIfAbsent(pkg, p -> new ConcurrentHashMap<>());
    }

    @Override
    public Object get(String packageName, String key) {
        return of(packageName).get(key);
    }

    @Override
    public void put(String packageName, String key, Object value) {
        if (value == null) {
            of(packageName).remove(key);
        } else {
            of(packageName).put(key, value);
        }
    }

    @Override
    public boolean remove(String packageName, String key) {
        return of(packageName).remove(key) != null;
    }

    @Override
    public Set<String> keys(String packageName) {
        return Set.copyOf(of(packageName).keySet());
    }

    @Override
    public void clear(String packageName) {
        byPackage.remove(packageName);
    }

    @Override
    public Map<String, Object> snapshot(String packageName) {
        return new TreeMap<>(of(packageName));
    }
}
