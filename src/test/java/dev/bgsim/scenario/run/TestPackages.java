package dev.bgsim.scenario.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bgsim.engine.packages.BasicPackage;
import dev.bgsim.engine.packages.DeclaredTask;
import dev.bgsim.engine.packages.ManifestRegistration;
import dev.bgsim.sdk.ApplicationTrigger;
import dev.bgsim.sdk.BackgroundTrigger;
import dev.bgsim.sdk.CustomTrigger;
import dev.bgsim.sdk.MaintenanceTrigger;
import dev.bgsim.sdk.SystemConditionType;
import dev.bgsim.sdk.SystemTrigger;
import dev.bgsim.sdk.SystemTriggerType;
import dev.bgsim.sdk.TimeTrigger;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Opens test package descriptors ({@code *.testpkg.json}): the subset of {@code bgsim-manifest.json}
 * the runner tests need, with task classes from the test class path. It stands in for the package
 * loader so that runner tests do not depend on it.
 */
public final class TestPackages {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TestPackages() {
    }

    /** An opener for test descriptors; anything else is refused. */
    public static PackageOpener opener() {
        return TestPackages::open;
    }

    private static PackageOpener.OpenedPackage open(Path file) throws PackageOpenException {
        if (!file.getFileName().toString().endsWith(".testpkg.json")) {
            throw new PackageOpenException(file, List.of(file + ": not a test package descriptor (*.testpkg.json)"));
        }
        try {
            JsonNode root = MAPPER.readTree(file.toFile());
            BasicPackage.Builder builder = BasicPackage.builder(root.path("identity").path("name").asText())
                    .version(root.path("identity").path("version").asText("1.0.0.0"));
            root.path("capabilities").forEach(c -> builder.capability(c.asText()));
            if (root.path("application").path("entryPoint").isTextual()) {
                builder.app(Class.forName(root.path("application").path("entryPoint").asText()));
            }
            for (JsonNode task : root.path("backgroundTasks")) {
                Set<String> types = new HashSet<>();
                task.path("taskTypes").forEach(t -> types.add(t.asText()));
                builder.task(new DeclaredTask(task.path("entryPoint").asText(), types,
                        task.path("resourceGroup").isTextual() ? task.path("resourceGroup").asText() : null,
                        task.path("supportsMultipleInstances").asBoolean(false)));
            }
            for (JsonNode registration : root.path("registrations")) {
                List<SystemConditionType> conditions = new ArrayList<>();
                registration.path("conditions").forEach(c -> conditions.add(SystemConditionType.valueOf(c.asText())));
                builder.registration(new ManifestRegistration(registration.path("name").asText(),
                        registration.path("entryPoint").isTextual() ? registration.path("entryPoint").asText() : null,
                        trigger(registration.path("trigger")), conditions,
                        registration.path("cancelOnConditionLoss").asBoolean(false)));
            }
            return PackageOpener.OpenedPackage.of(builder.build());
        } catch (IOException | IllegalArgumentException | ClassNotFoundException e) {
            throw new PackageOpenException(file, List.of(file + ": " + e.getMessage()));
        }
    }

    private static BackgroundTrigger trigger(JsonNode trigger) {
        boolean oneShot = trigger.path("oneShot").asBoolean(false);
        return switch (trigger.path("type").asText()) {
            case "system" -> new SystemTrigger(SystemTriggerType.valueOf(trigger.path("systemTriggerType").asText()), oneShot);
            case "time" -> new TimeTrigger(trigger.path("freshnessMinutes").asInt(), oneShot);
            case "maintenance" -> new MaintenanceTrigger(trigger.path("freshnessMinutes").asInt(), oneShot);
            case "application" -> new ApplicationTrigger();
            case "custom" -> new CustomTrigger(trigger.path("taskType").asText(), trigger.path("name").asText());
            default -> throw new IllegalArgumentException("test descriptors know no trigger type " + trigger.path("type"));
        };
    }
}
