package dev.bgsim.host.child;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The host's copy of one package's local settings. bgsim owns the settings: it sends the whole
 * map with each START_INSTANCE and every change made elsewhere with SETTINGS_CHANGED; this host's
 * own puts and removes are applied here at once and sent to bgsim. Null values are kept (a key
 * with a null value exists). Thread-safe.
 */
final class SettingsCache {
    private final Map<String, Object> values = new LinkedHashMap<>();

    synchronized void replaceAll(Map<String, Object> snapshot) {
        values.clear();
        values.putAll(snapshot);
    }

    synchronized Object get(String key) {
        return values.get(key);
    }

    synchronized void put(String key, Object value) {
        values.put(key, value);
    }

    synchronized boolean remove(String key) {
        boolean had = values.containsKey(key);
        values.remove(key);
        return had;
    }

    synchronized Set<String> keys() {
        return Set.copyOf(values.keySet());
    }
}
