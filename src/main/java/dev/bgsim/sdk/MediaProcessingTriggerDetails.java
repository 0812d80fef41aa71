package dev.bgsim.sdk;

import java.util.Map;

/**
 * The trigger details of a task run by a {@link MediaProcessingTrigger}:
 * {@link BackgroundTaskInstance#getTriggerDetails()} returns one, holding the arguments passed to
 * {@link MediaProcessingTrigger#requestAsync(Map)}. (WinRT documents no details class for this
 * trigger; bgsim gives the arguments the same way as for {@link ApplicationTriggerDetails}.)
 *
 * @param arguments the arguments: an unmodifiable map of JSON-representable values (see
 *        {@link JsonValues}), empty when none were passed
 */
public record MediaProcessingTriggerDetails(Map<String, Object> arguments) {

    /**
     * Creates the details with an unmodifiable deep copy of {@code arguments}.
     *
     * @throws NullPointerException when {@code arguments} is null
     * @throws IllegalArgumentException when a value is not JSON-representable
     */
    public MediaProcessingTriggerDetails {
        arguments = JsonValues.immutableCopyOfMap(arguments, "MediaProcessingTrigger arguments");
    }

    /** The arguments: an unmodifiable map, empty when none were passed. */
    public Map<String, Object> getArguments() {
        return arguments;
    }
}
