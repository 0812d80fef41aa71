package dev.bgsim.checker.live;

import dev.bgsim.engine.event.EngineEvent;

/**
 * One guideline rule checked on the event stream. Implementations are stateless: what they need
 * to remember is in {@link StreamFacts}, which is updated after every rule saw the event.
 */
public interface LiveRule {
    /** Looks at {@code event} (with the facts as they were just before it) and raises findings into {@code out}. */
    void check(EngineEvent event, StreamFacts facts, FindingSink out);
}
