package dev.bgsim.pkg;

import dev.bgsim.pkg.json.JsonArray;
import dev.bgsim.pkg.json.JsonSyntaxException;
import dev.bgsim.pkg.json.JsonString;
import dev.bgsim.pkg.json.JsonValue;
import dev.bgsim.pkg.json.LocatedJsonParser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code bgsim-manifest.json} (SPEC 2): identity, code, application, capabilities,
 * backgroundTasks, updateTask and registrations. Every error names the line and column of the
 * offending value; unknown fields are warnings. Stateless.
 */
final class BgsimManifestReader {
    /** The name of the manifest file, also the entry name at the root of a package jar. */
    static final String FILE_NAME = "bgsim-manifest.json";

    static final List<String> FIELDS = List.of("$schema", "identity", "code", "application", "capabilities",
            "backgroundTasks", "updateTask", "registrations");
    private static final List<String> IDENTITY_FIELDS = List.of("name", "version", "displayName", "publisher");
    private static final List<String> APPLICATION_FIELDS = List.of("id", "entryPoint");
    private static final List<String> TASK_FIELDS = List.of("entryPoint", "taskTypes", "executable", "serverName",
            "resourceGroup", "supportsMultipleInstances");
    private static final List<String> UPDATE_TASK_FIELDS = List.of("entryPoint");

    private final TaskTypeTable taskTypes;
    private final LocatedJsonParser parser = new LocatedJsonParser();

    BgsimManifestReader(TaskTypeTable taskTypes) {
        this.taskTypes = taskTypes;
    }

    /** Reads the manifest bytes; null when there is no usable identity or the JSON is malformed (reported). */
    ManifestContent read(byte[] json, SourceLocation file, Diagnostics diagnostics) {
        JsonValue root;
        try {
            root = parser.parse(json);
        } catch (JsonSyntaxException e) {
            diagnostics.error(JsonFields.at(file, e.position()), "malformed JSON: " + e.getMessage(),
                    "fix the JSON at this position; the file must be one JSON object");
            return null;
        }
        Optional<JsonFields> top = JsonFields.of(root, "", FIELDS, file, diagnostics);
        if (top.isEmpty()) {
            return null;
        }
        return new Pass(top.get(), file, diagnostics).run();
    }

    /** One read: the top-level fields and the collected declarations. */
    private final class Pass {
        private final JsonFields top;
        private final SourceLocation file;
        private final Diagnostics diagnostics;
        private final DeclarationValueChecks checks;

        Pass(JsonFields top, SourceLocation file, Diagnostics diagnostics) {
            this.top = top;
            this.file = file;
            this.diagnostics = diagnostics;
            this.checks = new DeclarationValueChecks(taskTypes, diagnostics);
        }

        ManifestContent run() {
            PackageIdentity identity = identity();
            ApplicationDeclaration application = application();
            String applicationId = application == null ? null : application.id();
            List<String> capabilities = top.strings("capabilities").stream().map(JsonString::value).toList();
            List<DeclaredTask> tasks = new ArrayList<>();
            List<JsonValue> taskValues = top.array("backgroundTasks").map(JsonArray::elements).orElse(List.of());
            for (int i = 0; i < taskValues.size(); i++) {
                task(taskValues.get(i), "backgroundTasks[" + i + "]", applicationId).ifPresent(tasks::add);
            }
            List<UpdateTaskDeclaration> updateTasks = new ArrayList<>();
            top.value("updateTask").ifPresent(v -> updateTask(v, applicationId).ifPresent(updateTasks::add));
            List<RegistrationSpec> registrations = new ArrayList<>();
            RegistrationReader registrationReader = new RegistrationReader(taskTypes, file, diagnostics);
            List<JsonValue> registrationValues = top.array("registrations").map(JsonArray::elements).orElse(List.of());
            for (int i = 0; i < registrationValues.size(); i++) {
                registrationReader.read(registrationValues.get(i), "registrations[" + i + "]").ifPresent(registrations::add);
            }
            List<ManifestContent.CodeReference> code = top.strings("code").stream()
                    .map(s -> new ManifestContent.CodeReference(s.value(), top.at(s))).toList();
            if (identity == null) {
                return null;
            }
            return new ManifestContent(identity, application == null ? List.of() : List.of(application), capabilities,
                    tasks, updateTasks, registrations, code);
        }

        private PackageIdentity identity() {
            if (!top.has("identity")) {
                top.missing("identity", "{ \"name\": \"Company.App\", \"version\": \"1.0.0.0\" }");
                return null;
            }
            Optional<JsonFields> maybe = JsonFields.of(top.value("identity").orElseThrow(), "identity", IDENTITY_FIELDS,
                    file, diagnostics);
            if (maybe.isEmpty()) {
                return null;
            }
            JsonFields fields = maybe.get();
            String name = fields.requiredString("name", "\"Company.App\"");
            String versionText = fields.requiredString("version", "\"1.0.0.0\"");
            String displayName = fields.string("displayName");
            String publisher = fields.string("publisher");
            PackageVersion version = null;
            if (versionText != null) {
                try {
                    version = PackageVersion.parse(versionText);
                } catch (IllegalArgumentException e) {
                    diagnostics.error(fields.at(fields.value("version").orElseThrow()), e.getMessage(), null);
                }
            }
            if (name == null || version == null) {
                return null;
            }
            return new PackageIdentity(name, version, displayName == null || displayName.isBlank() ? name : displayName, publisher);
        }

        private ApplicationDeclaration application() {
            if (!top.has("application")) {
                return null;
            }
            Optional<JsonFields> maybe = JsonFields.of(top.value("application").orElseThrow(), "application",
                    APPLICATION_FIELDS, file, diagnostics);
            if (maybe.isEmpty()) {
                return null;
            }
            JsonFields fields = maybe.get();
            String id = fields.requiredString("id", "\"App\"");
            String entryPoint = fields.string("entryPoint");
            if (entryPoint != null) {
                checks.javaClassName("application entry point", entryPoint, fields.at(fields.value("entryPoint").orElseThrow()));
            }
            SourceLocation at = entryPoint == null ? fields.here() : fields.at(fields.value("entryPoint").orElseThrow());
            return id == null ? null : new ApplicationDeclaration(id, entryPoint, at);
        }

        private Optional<DeclaredTask> task(JsonValue value, String path, String applicationId) {
            Optional<JsonFields> maybe = JsonFields.of(value, path, TASK_FIELDS, file, diagnostics);
            if (maybe.isEmpty()) {
                return Optional.empty();
            }
            JsonFields fields = maybe.get();
            int errorsBefore = diagnostics.errorCount();
            String entryPoint = fields.requiredString("entryPoint", "\"tasks.SampleBackgroundTask\"");
            if (entryPoint != null) {
                checks.javaClassName("entry point", entryPoint, fields.at(fields.value("entryPoint").orElseThrow()));
            }
            List<String> types = new ArrayList<>();
            if (!fields.has("taskTypes")) {
                fields.missing("taskTypes", "[\"systemEvent\"], the types the task is registered for");
            } else {
                for (JsonString type : fields.strings("taskTypes")) {
                    checks.taskType(type.value(), fields.at(type));
                    types.add(type.value());
                }
                if (types.isEmpty() && diagnostics.errorCount() == errorsBefore) {
                    diagnostics.error(fields.at(fields.value("taskTypes").orElseThrow()), "\"" + path + ".taskTypes\" is empty",
                            "list the types the task is registered for, e.g. [\"systemEvent\", \"timer\"]");
                }
            }
            String resourceGroup = fields.string("resourceGroup");
            if (resourceGroup != null) {
                checks.resourceGroup(resourceGroup, fields.at(fields.value("resourceGroup").orElseThrow()));
            }
            String serverName = fields.string("serverName");
            if (serverName != null) {
                checks.serverName(serverName, fields.at(fields.value("serverName").orElseThrow()));
            }
            String executable = fields.string("executable");
            boolean multipleInstances = fields.bool("supportsMultipleInstances", false);
            Map<String, SourceLocation> valueLocations = new HashMap<>();
            for (String field : List.of(DeclaredTask.ENTRY_POINT, DeclaredTask.EXECUTABLE, DeclaredTask.SERVER_NAME,
                    DeclaredTask.RESOURCE_GROUP, DeclaredTask.SUPPORTS_MULTIPLE_INSTANCES)) {
                fields.value(field).ifPresent(v -> valueLocations.put(field, fields.at(v)));
            }
            return Optional.of(new DeclaredTask(entryPoint, types, executable, serverName, resourceGroup, multipleInstances,
                    null, applicationId, fields.here(), valueLocations));
        }

        private Optional<UpdateTaskDeclaration> updateTask(JsonValue value, String applicationId) {
            return JsonFields.of(value, "updateTask", UPDATE_TASK_FIELDS, file, diagnostics).flatMap(fields -> {
                String entryPoint = fields.requiredString("entryPoint", "\"tasks.UpdateTask\"");
                if (entryPoint == null) {
                    return Optional.empty();
                }
                SourceLocation at = fields.at(fields.value("entryPoint").orElseThrow());
                checks.javaClassName("update task entry point", entryPoint, at);
                return Optional.of(new UpdateTaskDeclaration(entryPoint, applicationId, at));
            });
        }
    }
}
