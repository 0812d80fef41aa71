package dev.bgsim.engine.workspace;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Registrations in {@code registrations.json} and access settings in {@code access.json} of a
 * workspace folder, written atomically. Thread-safe.
 */
public final class FileRegistrationStore implements RegistrationStore {
    private final Path registrationsFile;
    private final Path accessFile;
    private final JsonFiles files;

    FileRegistrationStore(Path dir, JsonFiles files) {
        this.registrationsFile = dir.resolve("registrations.json");
        this.accessFile = dir.resolve("access.json");
        this.files = files;
    }

    @Override
    public Loaded load() {
        List<WorkspaceProblem> problems = new ArrayList<>();
        List<StoredRegistration> regs = files.read(registrationsFile, this::registrations, problems).orElse(List.of());
        Map<String, StoredAccess> access = files.read(accessFile, this::access, problems).orElse(Map.of());
        return new Loaded(regs, access, problems);
    }

    private List<StoredRegistration> registrations(JsonNode node) {
        List<StoredRegistration> out = files.mapper().convertValue(node.required("registrations"),
                new TypeReference<List<StoredRegistration>>() { });
        for (StoredRegistration r : out) {
            if (r.taskId() == null || r.packageName() == null || r.trigger() == null) {
                throw new IllegalArgumentException("a registration lacks taskId, packageName or trigger: " + r);
            }
            TriggerCodec.decode(r.trigger());
        }
        return out;
    }

    private Map<String, StoredAccess> access(JsonNode node) {
        return files.mapper().convertValue(node.required("access"), new TypeReference<LinkedHashMap<String, StoredAccess>>() { });
    }

    @Override
    public void saveRegistrations(List<StoredRegistration> registrations) {
        files.write(registrationsFile, Map.of("version", 1, "registrations", registrations));
    }

    @Override
    public void saveAccess(Map<String, StoredAccess> access) {
        files.write(accessFile, Map.of("version", 1, "access", access));
    }
}
