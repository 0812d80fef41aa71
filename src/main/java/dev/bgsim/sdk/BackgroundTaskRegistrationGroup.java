package dev.bgsim.sdk;

import dev.bgsim.sdk.spi.BindableTaskGroup;
import dev.bgsim.sdk.spi.TaskGroupHandler;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A named set of registrations (WinRT {@code BackgroundTaskRegistrationGroup}): a namespace that
 * keeps the app's and its libraries' tasks apart. Put a registration in it with
 * {@link BackgroundTaskBuilder#setTaskGroup}. Grouped registrations are not in
 * {@link AppContext#getAllTasks()}, and in-process grouped tasks are run by the group's listeners
 * instead of {@link App#onBackgroundActivated}.
 *
 * <p>Attach the listener early, once per app process, in {@link App#onCreated}:
 * <pre>{@code
 * BackgroundTaskRegistrationGroup group = context.getTaskGroup(GROUP_ID);
 * if (group == null) {
 *     group = new BackgroundTaskRegistrationGroup(GROUP_ID, "My tasks");
 * }
 * group.addBackgroundActivatedListener((sender, args) -> runTask(args.getTaskInstance()));
 * }</pre>
 * A group object is created by app code and is bound to the simulator when a registration uses it
 * or when the simulator hands it out; two objects with one id stand for the same group. Equality
 * is identity.
 */
public final class BackgroundTaskRegistrationGroup extends BindableTaskGroup {

    private final String id;
    private final String name;

    /**
     * Creates a group object with no friendly name.
     *
     * @param id a globally unique id, for example a GUID string or {@code "com.example.sync"}
     * @throws NullPointerException when {@code id} is null
     */
    public BackgroundTaskRegistrationGroup(String id) {
        this(id, "");
    }

    /**
     * Creates a group object.
     *
     * @param id a globally unique id, for example a GUID string or {@code "com.example.sync"}
     * @param name a friendly name for debugging, shown by bgsim
     * @throws NullPointerException when an argument is null
     */
    public BackgroundTaskRegistrationGroup(String id, String name) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
    }

    /** The group's id. */
    public String getId() {
        return id;
    }

    /** The friendly name, empty when none was given. */
    public String getName() {
        return name;
    }

    /**
     * The registrations in this group now, by task id: an unmodifiable snapshot. Empty when the
     * group holds none (WinRT answers null there) or this object was never bound to the simulator.
     */
    public Map<UUID, BackgroundTaskRegistration> getAllTasks() {
        TaskGroupHandler handler = boundGroupHandler();
        return handler == null ? Map.of() : handler.getAllTasks(this);
    }

    /**
     * Adds a listener that runs this group's in-process tasks. Each activation raises the listeners
     * of the group objects with this id that the app process has used; when there is none, the
     * task instance completes at once.
     */
    public void addBackgroundActivatedListener(BackgroundActivatedListener listener) {
        keepActivatedListener(listener);
    }

    /** Removes a listener; does nothing if it was not added. */
    public void removeBackgroundActivatedListener(BackgroundActivatedListener listener) {
        forgetActivatedListener(listener);
    }

    @Override
    public String toString() {
        return name.isEmpty() ? "BackgroundTaskRegistrationGroup[" + id + "]"
                : "BackgroundTaskRegistrationGroup[" + id + ", " + name + "]";
    }
}
