package dev.bgsim.pkg;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A background task declared in the manifest (an out-of-process task: its class may be named
 * in a registration's entry point).
 *
 * @param entryPoint                the task class, or null for a JavaScript task (see {@code startPage})
 * @param taskTypes                 the declared task types in manifest order ({@code systemEvent}, {@code timer}...)
 * @param executable                the {@code Executable} attribute, or null
 * @param serverName                the {@code ServerName} of {@code BackgroundTasks}, or null
 * @param resourceGroup             the {@code ResourceGroup}, or null
 * @param supportsMultipleInstances a new host per activation
 * @param startPage                 the JavaScript start page of a JS task, or null
 * @param applicationId             the id of the application that declares it (null in bgsim manifests without an application)
 * @param location                  where it is declared (the Extension element, the JSON object)
 * @param valueLocations            where each value given is, by field name ({@code "entryPoint"},
 *                                  {@code "resourceGroup"}...), so problems can point at the value
 */
public record DeclaredTask(
        String entryPoint,
        List<String> taskTypes,
        String executable,
        String serverName,
        String resourceGroup,
        boolean supportsMultipleInstances,
        String startPage,
        String applicationId,
        SourceLocation location,
        Map<String, SourceLocation> valueLocations) {

    /** Field names of {@link #valueLocations()}. */
    public static final String ENTRY_POINT = "entryPoint";
    public static final String EXECUTABLE = "executable";
    public static final String SERVER_NAME = "serverName";
    public static final String RESOURCE_GROUP = "resourceGroup";
    public static final String SUPPORTS_MULTIPLE_INSTANCES = "supportsMultipleInstances";

    public DeclaredTask {
        taskTypes = List.copyOf(taskTypes);
        Objects.requireNonNull(location, "location");
        valueLocations = Map.copyOf(valueLocations);
    }

    /** Where the value of {@code field} is, or the declaration when it was not given. */
    public SourceLocation locationOf(String field) {
        return valueLocations.getOrDefault(field, location);
    }

    /**
     * The host the task runs in: a new host per activation, the resource group's host, or the
     * default host. {@code Executable} and {@code ServerName} are reported but do not change it.
     */
    public HostPlacement hostPlacement() {
        if (supportsMultipleInstances) {
            return HostPlacement.multipleInstances();
        }
        if (resourceGroup != null) {
            return HostPlacement.resourceGroup(resourceGroup);
        }
        return HostPlacement.defaultHost();
    }

    /** True when the task type list names {@code taskType}. */
    public boolean declares(String taskType) {
        return taskTypes.contains(taskType);
    }
}
