package dev.bgsim.ui.registry;

import dev.bgsim.engine.event.Events;
import java.util.List;

/**
 * A task a package declares in its manifest, as a row of the packages tree (SPEC 5): its entry
 * point, task types and where it runs. Right-clicked, it is what "Register declared task…" offers first.
 *
 * @param packageName the package that declares it
 * @param task        the declaration, from the package's PackageLoaded or PackageUpdated event
 */
record DeclaredTaskRow(String packageName, Events.TaskDeclaration task) {
    /** The tree's key: one row per package and entry point. */
    Object key() {
        return List.of("declared", packageName, task.entryPoint());
    }

    String simpleName() {
        String e = task.entryPoint();
        return e.substring(e.lastIndexOf('.') + 1);
    }

    /**
     * Where an activation runs. A declared task names a class, so it runs out of process, in a task
     * host (SPEC 3.8); in-process tasks are not declared, they are the app's onBackgroundActivated.
     */
    String runsIn() {
        if (task.supportsMultipleInstances()) {
            return "out-of-process, a new host per activation";
        }
        if (task.resourceGroup() != null) {
            return "out-of-process, resource group " + task.resourceGroup() + "'s host";
        }
        return "out-of-process, the package's default host";
    }

    String types() {
        return String.join(", ", task.taskTypes());
    }

    String describe() {
        return task.entryPoint() + "\ntask types: " + types() + "\nruns " + runsIn()
                + "\nright-click: Register declared task…";
    }

    /** The folder row that holds a package's declared tasks, collapsed at first so registrations stay in view. */
    record Folder(String packageName, int count) {
        Object key() {
            return List.of("declared", packageName);
        }
    }
}
