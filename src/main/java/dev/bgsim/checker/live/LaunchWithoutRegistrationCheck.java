package dev.bgsim.checker.live;

import dev.bgsim.checker.RuleIds;
import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.Events;

/** BG201: onLaunched returned without looking at the registrations or registering, in an app that uses background tasks. */
final class LaunchWithoutRegistrationCheck implements LiveRule {
    @Override
    public void check(EngineEvent event, StreamFacts facts, FindingSink out) {
        if (!(event.payload() instanceof Events.AppCallbackReturned r) || !"onLaunched".equals(r.callback())) {
            return;
        }
        String pkg = event.subjects().packageName();
        facts.launch(pkg)
                .filter(l -> !l.enumerated() && !l.registered() && facts.usesBackgroundTasks(pkg))
                .ifPresent(l -> out.raise(RuleIds.REGISTRATIONS_NOT_CHECKED_AT_LAUNCH, "onLaunched returned without calling getAllTasks()"
                        + " or registering: its " + facts.registrations(pkg).size()
                        + " registration(s) were not checked and their progress and completed listeners were not re-attached"));
    }
}
