package dev.bgsim.host.child;

import dev.bgsim.host.protocol.Field;
import dev.bgsim.host.protocol.Message;
import dev.bgsim.host.protocol.MessageType;
import dev.bgsim.sdk.JsonValues;
import dev.bgsim.sdk.LocalSettings;
import java.util.Objects;
import java.util.Set;

/**
 * {@link LocalSettings} for one instance: reads from the package's {@link SettingsCache}; writes
 * go to the cache and, as SETTING_PUT / SETTING_REMOVE frames, to bgsim, which stores them and
 * tells the app and other hosts. Any task thread.
 */
final class HostLocalSettings implements LocalSettings {
    private final String instanceId;
    private final SettingsCache cache;
    private final HostChannel channel;

    HostLocalSettings(String instanceId, SettingsCache cache, HostChannel channel) {
        this.instanceId = instanceId;
        this.cache = cache;
        this.channel = channel;
    }

    @Override
    public Object get(String key) {
        return cache.get(Objects.requireNonNull(key, "key"));
    }

    @Override
    public void put(String key, Object value) {
        Objects.requireNonNull(key, "key");
        Object copy = JsonValues.immutableCopy(value, "setting '" + key + "'");
        // Send first: a value too large for the channel is refused before the cache changes.
        channel.sendFromTask(Message.of(MessageType.SETTING_PUT).with(Field.INSTANCE_ID, instanceId)
                .with(Field.KEY, key).with(Field.VALUE, copy).build());
        cache.put(key, copy);
    }

    @Override
    public boolean remove(String key) {
        Objects.requireNonNull(key, "key");
        boolean had = cache.remove(key);
        channel.sendFromTask(Message.of(MessageType.SETTING_REMOVE).with(Field.INSTANCE_ID, instanceId)
                .with(Field.KEY, key).build());
        return had;
    }

    @Override
    public Set<String> keys() {
        return cache.keys();
    }
}
