package dev.bgsim.sdk;

import java.util.Objects;

/**
 * A trigger bgsim has no class for (location, Bluetooth, geofence, toast action, ...), fired by
 * name by the user or a scenario, with a payload. Trigger details: the payload, a
 * JSON-representable value (see {@link JsonValues}) or null.
 *
 * <p>For registration the broker treats it as a trigger of the manifest task type
 * {@code taskType}; it is neither in-process-only nor limited to one per package.
 */
public final class CustomTrigger extends BackgroundTrigger {

    private final String taskType;
    private final String name;

    /**
     * Creates the trigger.
     *
     * @param taskType the manifest task type it stands for, for example {@code "location"} or
     *        {@code "bluetooth"}
     * @param name the name the user and scenarios fire it by, for example {@code "geofenceEntered"}
     * @throws NullPointerException when an argument is null
     */
    public CustomTrigger(String taskType, String name) {
        this.taskType = Objects.requireNonNull(taskType, "taskType");
        this.name = Objects.requireNonNull(name, "name");
    }

    /** The manifest task type this trigger stands for. */
    public String getTaskType() {
        return taskType;
    }

    /** The name the trigger is fired by. */
    public String getName() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CustomTrigger other && taskType.equals(other.taskType) && name.equals(other.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(taskType, name);
    }

    @Override
    public String toString() {
        return "CustomTrigger[" + taskType + ", " + name + "]";
    }
}
