package dev.bgsim.engine.sdkimpl;

import java.util.Map;
import java.util.Set;

/**
 * Where a package's local settings live. The in-memory store is the default; a workspace store
 * (SPEC 7, atomic file writes) implements the same interface later. Implementations are
 * thread-safe: the app and its tasks share one store.
 */
public interface SettingsStore {
    Object get(String packageName, String key);

    void put(String packageName, String key, Object value);

    boolean remove(String packageName, String key);

    Set<String> keys(String packageName);

    /** Removes every setting of the package (uninstall). */
    void clear(String packageName);

    /** A copy of the package's settings. */
    Map<String, Object> snapshot(String packageName);
}
