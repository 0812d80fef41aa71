package dev.bgsim.checker.live;

import dev.bgsim.checker.RuleIds;
import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.Events;

import java.util.List;

/** BG205: a package with registrations was updated and none of them listens for SERVICING_COMPLETE. */
final class UpdateWithoutServicingTask implements LiveRule {
    @Override
    public void check(EngineEvent event, StreamFacts facts, FindingSink out) {
        if (!(event.payload() instanceof Events.PackageUpdated u)) {
            return;
        }
        List<RegistrationFacts> registrations = facts.registrations(event.subjects().packageName());
        if (!registrations.isEmpty() && registrations.stream().noneMatch(RegistrationFacts::listensForServicingComplete)) {
            out.raise(RuleIds.NO_SERVICING_COMPLETE_TASK, "updated from " + u.fromVersion() + " to " + u.toVersion() + " with "
                    + registrations.size() + " registration(s) and no SERVICING_COMPLETE task to re-register them for the new version");
        }
    }
}
