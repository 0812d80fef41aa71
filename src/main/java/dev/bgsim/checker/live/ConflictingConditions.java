package dev.bgsim.checker.live;

import dev.bgsim.checker.ConditionConflicts;
import dev.bgsim.checker.RuleIds;
import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.Events;

/** BG306: a registration with a condition and its opposite can never run. */
final class ConflictingConditions implements LiveRule {
    @Override
    public void check(EngineEvent event, StreamFacts facts, FindingSink out) {
        if (event.payload() instanceof Events.RegistrationAdded a) {
            ConditionConflicts.in(a.conditions()).forEach(pair -> out.raise(RuleIds.CONFLICTING_CONDITIONS,
                    "\"" + event.subjects().registrationName() + "\" requires " + pair + ": they never hold at once, so it can never run"));
        }
    }
}
