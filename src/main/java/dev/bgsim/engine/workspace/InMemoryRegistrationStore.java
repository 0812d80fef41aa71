package dev.bgsim.engine.workspace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A {@link RegistrationStore} that keeps everything in memory (lost when the process ends). Thread-safe. */
public final class InMemoryRegistrationStore implements RegistrationStore {
    private List<StoredRegistration> registrations = List.of();
    private Map<String, StoredAccess> access = Map.of();

    @Override
    public synchronized Loaded load() {
        return new Loaded(registrations, access, List.of());
    }

    @Override
    public synchronized void saveRegistrations(List<StoredRegistration> r) {
        registrations = List.copyOf(r);
    }

    @Override
    public synchronized void saveAccess(Map<String, StoredAccess> a) {
        access = Map.copyOf(new LinkedHashMap<>(a));
    }
}
