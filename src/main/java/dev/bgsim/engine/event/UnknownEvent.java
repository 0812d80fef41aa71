package dev.bgsim.engine.event;

import java.util.Map;

/**
 * A payload whose type this build does not know (a recording from a newer bgsim): kept, not fatal.
 *
 * @param typeName the type written in the recording
 * @param fields   the payload fields as read
 */
public record UnknownEvent(String typeName, Map<String, Object> fields) implements EventPayload {
    @Override
    public String type() {
        return typeName;
    }

    /** Says it is unknown, so that an event log showing payloads in words does not pass it off as understood. */
    @Override
    public String toString() {
        return "UnknownEvent[unknown event type " + typeName + " (from a newer bgsim?); fields=" + fields + "]";
    }
}
