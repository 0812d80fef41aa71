package dev.bgsim.checker.live;

import dev.bgsim.checker.RuleIds;
import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.Events;

/** BG301: a registration whose trigger's task type is not declared for its entry point (it runs; strict refuses it). */
final class UndeclaredTaskType implements LiveRule {
    @Override
    public void check(EngineEvent event, StreamFacts facts, FindingSink out) {
        if (event.payload() instanceof Events.RegistrationAdded a && !a.taskTypeDeclared()) {
            out.raise(RuleIds.TASK_TYPE_NOT_DECLARED, "\"" + event.subjects().registrationName() + "\" uses a " + a.trigger()
                    + " but " + a.entryPoint() + " is not declared with that trigger's task type; it runs here, the strict profile refuses it");
        }
    }
}
