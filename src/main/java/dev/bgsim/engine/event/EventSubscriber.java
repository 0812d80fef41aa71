package dev.bgsim.engine.event;

import java.util.List;

/**
 * Receives the event stream in batches (one batch = the events of one engine unit of work, in
 * order). Called on the subscriber's own delivery thread, never on the engine thread, one batch
 * at a time; a slow subscriber only delays itself.
 */
@FunctionalInterface
public interface EventSubscriber {
    void onEvents(List<EngineEvent> batch);
}
