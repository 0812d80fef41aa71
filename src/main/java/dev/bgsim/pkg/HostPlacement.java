package dev.bgsim.pkg;

import java.util.Objects;

/**
 * Which process a task's code runs in (SPEC 3.8). In-process tasks are registrations without an
 * entry point: they run in the app. Declared tasks run out of process: in the package's default
 * host, in the host of their resource group, or each activation in a new host.
 *
 * @param kind          the kind of host
 * @param resourceGroup the group name for {@link Kind#RESOURCE_GROUP}, else null
 */
public record HostPlacement(Kind kind, String resourceGroup) {

    /** The kinds of host a task can run in. */
    public enum Kind {
        /** In the app's process ({@code onBackgroundActivated}). */
        IN_APP,
        /** The package's one default task host. */
        DEFAULT_HOST,
        /** The host shared by the tasks of one resource group. */
        RESOURCE_GROUP,
        /** A new host for every activation ({@code SupportsMultipleInstances}). */
        MULTIPLE_INSTANCES
    }

    public HostPlacement {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.RESOURCE_GROUP) != (resourceGroup != null)) {
            throw new IllegalArgumentException("a resource group name goes with RESOURCE_GROUP placement only");
        }
    }

    public static HostPlacement inApp() {
        return new HostPlacement(Kind.IN_APP, null);
    }

    public static HostPlacement defaultHost() {
        return new HostPlacement(Kind.DEFAULT_HOST, null);
    }

    public static HostPlacement resourceGroup(String name) {
        return new HostPlacement(Kind.RESOURCE_GROUP, Objects.requireNonNull(name, "name"));
    }

    public static HostPlacement multipleInstances() {
        return new HostPlacement(Kind.MULTIPLE_INSTANCES, null);
    }

    /** Words for reports: "in-app", "default host", "resource group NAME", "multiple instances". */
    public String describe() {
        return switch (kind) {
            case IN_APP -> "in-app";
            case DEFAULT_HOST -> "default host";
            case RESOURCE_GROUP -> "resource group " + resourceGroup;
            case MULTIPLE_INSTANCES -> "multiple instances";
        };
    }

    @Override
    public String toString() {
        return describe();
    }
}
