package dev.bgsim.checker.live;

import dev.bgsim.checker.RuleIds;
import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.Events;

/** BG104: complete() on a deferral that was already completed. */
final class DeferralCompletedTwice implements LiveRule {
    @Override
    public void check(EngineEvent event, StreamFacts facts, FindingSink out) {
        if (event.payload() instanceof Events.DeferralCompleted d && d.alreadyCompleted()) {
            out.raise(RuleIds.DEFERRAL_COMPLETED_TWICE, "deferral " + d.deferral()
                    + " was completed again: complete() ran twice, so no single path owns it");
        }
    }
}
