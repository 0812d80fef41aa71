package dev.bgsim.checker.live;

import dev.bgsim.checker.RuleIds;
import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.Events;

/** BG202: a registration was added while the package already had one with that name. */
final class DuplicateRegistrationName implements LiveRule {
    @Override
    public void check(EngineEvent event, StreamFacts facts, FindingSink out) {
        if (!(event.payload() instanceof Events.RegistrationAdded)) {
            return;
        }
        String name = event.subjects().registrationName();
        long same = facts.registrations(event.subjects().packageName()).stream().filter(r -> r.name().equals(name)).count();
        if (same > 0) {
            out.raise(RuleIds.DUPLICATE_REGISTRATION_NAME, "registration \"" + name + "\" was added although the package already has "
                    + same + " with that name: each trigger now runs the task " + (same + 1) + " times");
        }
    }
}
