package dev.bgsim.sdk;

import java.util.Set;

/**
 * The package's persistent key-value store (WinRT {@code ApplicationData.LocalSettings}), shared
 * by the app and all its tasks, across processes, app restarts and simulator restarts. Removed
 * when the package is uninstalled. The usual way for a task to leave its result for the app.
 *
 * <p>Values are JSON-representable (see {@link JsonValues}): {@code String}, {@code Number},
 * {@code Boolean}, {@code null}, {@code List} and {@code Map<String, ?>} of such values. Values
 * read back are unmodifiable, and a number may come back as another {@code Number} type than the
 * one put (an {@code Integer} as a {@code Long}): read numbers through {@code Number}'s methods.
 * A change is visible to every process at once; each call is atomic, a sequence of calls is not.
 */
public interface LocalSettings {

    /**
     * The value stored under {@code key}, or null when there is none (or the stored value is
     * null: {@link #keys()} tells them apart).
     */
    Object get(String key);

    /**
     * Stores {@code value} under {@code key}, replacing any previous value. The value is copied.
     *
     * @throws IllegalArgumentException when the value is not JSON-representable, naming the part
     *         that is not
     * @throws NullPointerException when {@code key} is null
     */
    void put(String key, Object value);

    /**
     * Removes the value stored under {@code key}.
     *
     * @return whether there was one
     */
    boolean remove(String key);

    /** The keys that have a value now, as an unmodifiable snapshot. */
    Set<String> keys();
}
