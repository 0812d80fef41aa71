package dev.bgsim.checker.live;

import dev.bgsim.checker.RuleIds;
import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.Events;

/** BG109: a task host process crashed (System.exit, halt, an error escaping a task thread, a native crash). */
final class HostCrashed implements LiveRule {
    @Override
    public void check(EngineEvent event, StreamFacts facts, FindingSink out) {
        if (event.payload() instanceof Events.HostCrashed c) {
            out.raise(RuleIds.HOST_CRASHED, "task host " + event.subjects().hostId() + " crashed (" + c.why() + ")"
                    + (c.instances().isEmpty() ? "" : "; instances terminated with it: " + String.join(", ", c.instances())));
        }
    }
}
