package dev.bgsim.ui.session;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.SimpleLongProperty;

/**
 * The GUI's read model of packages, registrations, instances and hosts, folded from the event
 * stream by {@link RegistryFolder} and {@link InstanceFolder}. FX thread only. Views watch
 * {@link #revisionProperty()}, which goes up at most once a pulse when something changed.
 */
public final class SessionRegistry {
    final Map<String, PackageRecord> packages = new LinkedHashMap<>();
    final Map<UUID, RegistrationRecord> registrations = new LinkedHashMap<>();
    final Map<UUID, InstanceRecord> instances = new LinkedHashMap<>();
    final Map<String, HostRecord> hosts = new LinkedHashMap<>();
    private final LongProperty revision = new SimpleLongProperty(this, "revision");
    private boolean dirty;

    public Collection<PackageRecord> packages() {
        return List.copyOf(packages.values());
    }

    public PackageRecord pkg(String name) {
        return packages.get(name);
    }

    public RegistrationRecord registration(UUID id) {
        return registrations.get(id);
    }

    public InstanceRecord instance(UUID id) {
        return instances.get(id);
    }

    /** Every instance ever started, in start order. */
    public List<InstanceRecord> instances() {
        return new ArrayList<>(instances.values());
    }

    public List<HostRecord> hosts() {
        return List.copyOf(hosts.values());
    }

    /** Goes up once per pulse in which anything changed. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision;
    }

    PackageRecord packageNamed(String name) {
        return packages.computeIfAbsent(name, PackageRecord::new);
    }

    void markDirty() {
        dirty = true;
    }

    /** Publishes a new revision if the pulse changed anything. */
    void publish() {
        if (dirty) {
            dirty = false;
            revision.set(revision.get() + 1);
        }
    }
}
