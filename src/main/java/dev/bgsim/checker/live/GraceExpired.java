package dev.bgsim.checker.live;

import dev.bgsim.checker.RuleIds;
import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.Events;

/**
 * BG106 and BG107: an instance terminated because its grace period ended. Out-of-process that is
 * an ignored cancellation (BG106, unless run() had returned and an open deferral explains it:
 * BG103); in-process it took the whole app down (BG107).
 */
final class GraceExpired implements LiveRule {
    @Override
    public void check(EngineEvent event, StreamFacts facts, FindingSink out) {
        if (!(event.payload() instanceof Events.InstanceTerminated t) || !"GRACE_EXPIRED".equals(t.cause())) {
            return;
        }
        facts.instance(event.subjects()).ifPresent(i -> {
            String collateral = t.collateral().isEmpty() ? "" : "; terminated with it: " + String.join(", ", t.collateral());
            if (i.inProcess()) {
                out.raise(RuleIds.IN_PROCESS_OUTLIVED_CANCELLATION, "the in-process handler was still running when the grace period after "
                        + t.reason() + " ended: the whole app process was terminated" + collateral);
            } else if (!i.runReturned()) {
                out.raise(RuleIds.CANCELLATION_IGNORED, "cancelled with " + t.reason()
                        + ", run() was still running when the grace period ended: terminated with its host" + collateral);
            }
        });
    }
}
