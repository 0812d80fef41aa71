package dev.bgsim.engine.packages;

import java.util.Set;

/**
 * A task declared in the manifest.
 *
 * @param entryPoint                class name
 * @param taskTypes                 manifest task types (systemEvent, timer, general, ...)
 * @param resourceGroup             host group, or null for the package's default host
 * @param supportsMultipleInstances a new host per activation
 */
public record DeclaredTask(String entryPoint, Set<String> taskTypes, String resourceGroup,
                           boolean supportsMultipleInstances) {
    public DeclaredTask {
        taskTypes = Set.copyOf(taskTypes);
    }
}
