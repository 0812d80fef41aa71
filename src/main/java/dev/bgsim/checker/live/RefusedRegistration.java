package dev.bgsim.checker.live;

import dev.bgsim.checker.RuleIds;
import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.Events;
import dev.bgsim.engine.event.Subjects;
import dev.bgsim.pkg.Severity;

import java.util.Map;

/**
 * BG301, BG302, BG304, BG305, BG307, BG308, BG309: the broker refused a registration for a
 * reason a rule owns (the refusal reason → rule table). Refusals for access or a missing class
 * have no rule here: the app learns them from the exception (BG204 when it escapes).
 */
final class RefusedRegistration implements LiveRule {
    private static final Map<String, String> RULE_OF_REASON = Map.of(
            "TASK_TYPE_NOT_DECLARED", RuleIds.TASK_TYPE_NOT_DECLARED,
            "ENTRY_POINT_NOT_DECLARED", RuleIds.ENTRY_POINT_NOT_DECLARED,
            "NOT_ALLOWED_IN_PROCESS", RuleIds.TRIGGER_NOT_ALLOWED_IN_PROCESS,
            "FRESHNESS_TOO_SHORT", RuleIds.FRESHNESS_OUT_OF_RANGE,
            "FRESHNESS_TOO_LONG", RuleIds.FRESHNESS_OUT_OF_RANGE,
            "ONE_SHOT_CONTROL_CHANNEL_RESET", RuleIds.ONE_SHOT_CONTROL_CHANNEL_RESET,
            "CONDITIONS_NOT_ALLOWED", RuleIds.CONDITIONS_ON_DEVICE_USE,
            "TRIGGER_ALREADY_REGISTERED", RuleIds.TRIGGER_REGISTERED_TWICE);

    @Override
    public void check(EngineEvent event, StreamFacts facts, FindingSink out) {
        if (event.payload() instanceof Events.RegistrationRefused r && RULE_OF_REASON.containsKey(r.reason())) {
            // A refusal is an error whatever the rule's default: the task will not run at all.
            // About the registration by name (it has no id: it was never made), so that it reads "Fast"
            // in the findings and a scenario can expect it for its registration.
            Subjects s = event.subjects();
            Subjects named = s.registrationName() != null ? s
                    : new Subjects(s.packageName(), s.registrationId(), r.name(), s.instanceId(), s.instanceNumber(), s.hostId());
            out.raise(RULE_OF_REASON.get(r.reason()), Severity.ERROR, named,
                    "registration \"" + r.name() + "\" was refused: " + r.message());
        }
    }
}
