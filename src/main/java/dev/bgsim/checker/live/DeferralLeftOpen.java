package dev.bgsim.checker.live;

import dev.bgsim.checker.RuleIds;
import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.Events;

import java.time.Duration;

/**
 * BG103: run() had returned but a deferral was still outstanding when the instance was cancelled
 * as idle or terminated after its grace period: no path completed it.
 */
final class DeferralLeftOpen implements LiveRule {
    @Override
    public void check(EngineEvent event, StreamFacts facts, FindingSink out) {
        boolean idle = event.payload() instanceof Events.CancelRequested c && "IDLE_TASK".equals(c.reason());
        boolean graceExpired = event.payload() instanceof Events.InstanceTerminated t && "GRACE_EXPIRED".equals(t.cause());
        if (!idle && !graceExpired) {
            return;
        }
        facts.instance(event.subjects())
                .filter(i -> i.runReturned() && i.outstandingDeferrals() > 0)
                .filter(i -> facts.firstTime(RuleIds.DEFERRAL_NEVER_COMPLETED + event.subjects().instanceId()))
                .ifPresent(i -> out.raise(RuleIds.DEFERRAL_NEVER_COMPLETED, (i.outstandingDeferrals() == 1 ? "a deferral was"
                        : i.outstandingDeferrals() + " deferrals were") + " never completed: run() returned "
                        + DurationWords.of(Duration.between(i.runReturnedAt(), event.simTime())) + " earlier, and the instance "
                        + (idle ? "was cancelled as idle (IDLE_TASK)" : "was terminated when the grace period after "
                        + i.cancelReason() + " ended")));
    }
}
