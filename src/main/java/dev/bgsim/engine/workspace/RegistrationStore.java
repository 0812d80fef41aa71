package dev.bgsim.engine.workspace;

import java.util.List;
import java.util.Map;

/**
 * Where the broker's persistent state lives: registrations, and the per-package access settings.
 * {@link InMemoryRegistrationStore} for tests and scenario runs, {@link FileRegistrationStore} for
 * a workspace folder. Saves are called on the engine thread after each change.
 */
public interface RegistrationStore {
    /** What was found; problems name each file that could not be read (it was moved aside). */
    record Loaded(List<StoredRegistration> registrations, Map<String, StoredAccess> access,
                  List<WorkspaceProblem> problems) {
    }

    Loaded load();

    void saveRegistrations(List<StoredRegistration> registrations);

    void saveAccess(Map<String, StoredAccess> access);
}
