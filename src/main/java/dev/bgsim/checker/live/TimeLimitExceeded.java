package dev.bgsim.checker.live;

import dev.bgsim.checker.RuleIds;
import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.Events;

/** BG105: cancelled with EXECUTION_TIME_EXCEEDED. */
final class TimeLimitExceeded implements LiveRule {
    @Override
    public void check(EngineEvent event, StreamFacts facts, FindingSink out) {
        if (!(event.payload() instanceof Events.CancelRequested c) || !"EXECUTION_TIME_EXCEEDED".equals(c.reason())) {
            return;
        }
        String limit = facts.instance(event.subjects()).map(i -> DurationWords.of(i.timeLimit())).orElse("its limit");
        String state = facts.instance(event.subjects())
                .map(i -> i.runReturned() ? "; run() had returned but " + i.outstandingDeferrals() + " deferral(s) kept it alive"
                        : "; run() was still running")
                .orElse("");
        out.raise(RuleIds.TIME_LIMIT_EXCEEDED, "ran past its time limit of " + limit + " and was cancelled with EXECUTION_TIME_EXCEEDED" + state);
    }
}
