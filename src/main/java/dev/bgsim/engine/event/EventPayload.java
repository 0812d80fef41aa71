package dev.bgsim.engine.event;

/**
 * What happened: one immutable record per event type, named in the past tense. The set of
 * types is closed by {@link Events}; an event read from JSON with a type this build does not know
 * becomes an {@link UnknownEvent}.
 */
public interface EventPayload {
    /** The type name written in JSON: the record's simple name. */
    default String type() {
        return getClass().getSimpleName();
    }
}
