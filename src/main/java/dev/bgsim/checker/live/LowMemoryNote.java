package dev.bgsim.checker.live;

import dev.bgsim.checker.RuleIds;
import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.Events;

/** BG111: low memory on a profile that does not kill; a phone would have terminated these instances. */
final class LowMemoryNote implements LiveRule {
    @Override
    public void check(EngineEvent event, StreamFacts facts, FindingSink out) {
        if (event.payload() instanceof Events.LowMemoryWouldTerminate l && !l.instances().isEmpty()) {
            out.raise(RuleIds.LOW_MEMORY_WOULD_TERMINATE, "on a phone, low memory would now terminate "
                    + String.join(", ", l.instances()) + " without raising their canceled listeners (" + l.note() + ")");
        }
    }
}
