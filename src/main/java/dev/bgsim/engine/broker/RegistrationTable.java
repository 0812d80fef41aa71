package dev.bgsim.engine.broker;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The broker's registrations by task id, in registration order, with the SDK facade apps hold
 * for each, and the group names apps registered with. Names are not unique (SPEC 3.3). Engine
 * thread only.
 */
final class RegistrationTable {
    private final Map<UUID, Registration> registrations = new LinkedHashMap<>();
    private final Map<UUID, RegistrationFacade> facades = new LinkedHashMap<>();
    private final Map<String, String> groupNames = new LinkedHashMap<>();

    void add(Registration reg, RegistrationFacade facade) {
        registrations.put(reg.taskId, reg);
        facades.put(reg.taskId, facade);
    }

    /** Removes the registration; its facade stays, as the app may still hold it. */
    Registration remove(UUID taskId) {
        return registrations.remove(taskId);
    }

    /** Removes the registration and its facade (the package is gone). */
    void removeWithFacade(UUID taskId) {
        registrations.remove(taskId);
        facades.remove(taskId);
    }

    /** Every registration, a copy in registration order: callers may change the table while they walk it. */
    List<Registration> all() {
        return new ArrayList<>(registrations.values());
    }

    Optional<Registration> get(UUID taskId) {
        return Optional.ofNullable(registrations.get(taskId));
    }

    List<Registration> ofPackage(String packageName) {
        return registrations.values().stream().filter(r -> r.packageName.equals(packageName)).toList();
    }

    List<Registration> byName(String name) {
        return registrations.values().stream().filter(r -> r.name.equals(name)).toList();
    }

    RegistrationFacade facade(UUID taskId) {
        return facades.get(taskId);
    }

    /** Group names by group id, as apps named them; the map itself, for updates. */
    Map<String, String> groupNames() {
        return groupNames;
    }
}
