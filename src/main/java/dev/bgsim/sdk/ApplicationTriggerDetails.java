package dev.bgsim.sdk;

import java.util.Map;

/**
 * The trigger details of a task run by an {@link ApplicationTrigger} (WinRT
 * {@code ApplicationTriggerDetails}): {@link BackgroundTaskInstance#getTriggerDetails()} returns
 * one, holding the arguments the app passed to {@link ApplicationTrigger#requestAsync(Map)} (or the
 * user typed when firing the trigger by hand).
 *
 * @param arguments the arguments: an unmodifiable map of JSON-representable values (see
 *        {@link JsonValues}), empty when none were passed
 */
public record ApplicationTriggerDetails(Map<String, Object> arguments) {

    /**
     * Creates the details with an unmodifiable deep copy of {@code arguments}.
     *
     * @throws NullPointerException when {@code arguments} is null
     * @throws IllegalArgumentException when a value is not JSON-representable
     */
    public ApplicationTriggerDetails {
        arguments = JsonValues.immutableCopyOfMap(arguments, "ApplicationTrigger arguments");
    }

    /** The arguments (WinRT {@code Arguments}): an unmodifiable map, empty when none were passed. */
    public Map<String, Object> getArguments() {
        return arguments;
    }
}
