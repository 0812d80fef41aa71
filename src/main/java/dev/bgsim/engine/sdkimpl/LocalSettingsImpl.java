package dev.bgsim.engine.sdkimpl;

import dev.bgsim.engine.event.Events;
import dev.bgsim.engine.host.CodeOwner;
import dev.bgsim.sdk.JsonValues;
import dev.bgsim.sdk.LocalSettings;
import java.util.Objects;
import java.util.Set;

/** A package's local settings as the app or a task sees them; every change is an event. */
public final class LocalSettingsImpl implements LocalSettings {
    private final String packageName;
    private final SettingsStore store;
    private final CodeOwner owner;
    private final SdkServices sdk;

    public LocalSettingsImpl(String packageName, SettingsStore store, CodeOwner owner, SdkServices sdk) {
        this.packageName = packageName;
        this.store = store;
        this.owner = owner;
        this.sdk = sdk;
    }

    @Override
    public Object get(String key) {
        return store.get(packageName, Objects.requireNonNull(key, "key"));
    }

    @Override
    public void put(String key, Object value) {
        Objects.requireNonNull(key, "key");
        Object copy = JsonValues.immutableCopy(value, "local setting '" + key + "'");
        store.put(packageName, key, copy);
        sdk.emit(owner, new Events.LocalSettingChanged(key, copy, copy == null));
    }

    @Override
    public boolean remove(String key) {
        boolean removed = store.remove(packageName, Objects.requireNonNull(key, "key"));
        if (removed) {
            sdk.emit(owner, new Events.LocalSettingChanged(key, null, true));
        }
        return removed;
    }

    @Override
    public Set<String> keys() {
        return store.keys(packageName);
    }
}
