package dev.bgsim.pkg;

import java.util.Objects;

/**
 * The {@code BackgroundTaskRegistrationGroup} a manifest registration joins.
 *
 * @param id   the group id
 * @param name the group's display name (the id when none is given)
 */
public record TaskGroupSpec(String id, String name) {
    public TaskGroupSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
