package dev.bgsim.checker.live;

import dev.bgsim.checker.RuleIds;
import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.Events;

import java.util.ArrayList;
import java.util.List;

/** BG102: run() returned with no deferral while threads or timers it started were still live. */
final class WorkAbandonedWithoutDeferral implements LiveRule {
    @Override
    public void check(EngineEvent event, StreamFacts facts, FindingSink out) {
        if (!(event.payload() instanceof Events.WorkAbandoned w)) {
            return;
        }
        List<String> work = new ArrayList<>();
        if (!w.threads().isEmpty()) {
            work.add(w.threads().size() + (w.threads().size() == 1 ? " thread " : " threads ") + String.join(", ", w.threads()));
        }
        if (w.armedTimers() > 0) {
            work.add(w.armedTimers() + (w.armedTimers() == 1 ? " TaskClock timer" : " TaskClock timers"));
        }
        boolean one = w.threads().size() + w.armedTimers() == 1;
        out.raise(RuleIds.ASYNC_WORK_WITHOUT_DEFERRAL, "run() returned without a deferral while "
                + String.join(" and ", work) + " it started " + (one ? "was" : "were") + " still going; the instance completed and that work was stopped");
    }
}
