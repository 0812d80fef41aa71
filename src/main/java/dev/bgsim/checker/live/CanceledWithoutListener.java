package dev.bgsim.checker.live;

import dev.bgsim.checker.RuleIds;
import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.Events;

/** BG101: a cancellation reached an instance that had no canceled listener to hear it. */
final class CanceledWithoutListener implements LiveRule {
    @Override
    public void check(EngineEvent event, StreamFacts facts, FindingSink out) {
        if (event.payload() instanceof Events.CancelRequested c && c.listeners() == 0) {
            out.raise(RuleIds.NO_CANCELED_LISTENER, "cancelled with " + c.reason()
                    + " while no canceled listener was added: the task cannot know it must stop before "
                    + c.graceEnds() + ", when the grace period ends");
        }
    }
}
