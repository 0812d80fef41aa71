package dev.bgsim.checker.live;

import dev.bgsim.checker.RuleIds;
import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.Events;

import java.util.List;

/**
 * BG203: the app registered before it ever called requestAccessAsync, or an activation waits
 * because access was never requested (or was reset by an update).
 */
final class AccessNotRequested implements LiveRule {
    private static final List<String> WAITING_FOR_REQUEST = List.of("ACCESS_NOT_REQUESTED", "ACCESS_RESET_BY_UPDATE");

    @Override
    public void check(EngineEvent event, StreamFacts facts, FindingSink out) {
        String pkg = event.subjects().packageName();
        if (event.payload() instanceof Events.RegistrationAdded a && "APP".equals(a.origin()) && !facts.accessRequested(pkg)) {
            out.raise(RuleIds.ACCESS_NOT_REQUESTED, "registered \"" + event.subjects().registrationName() + "\" ("
                    + a.triggerKind() + ") before the app called requestAccessAsync()"
                    + (isTimeOrApplication(a.triggerKind()) ? ": this task will not run until it does" : ""));
        } else if (event.payload() instanceof Events.ActivationLatched l
                && l.reasons().stream().anyMatch(WAITING_FOR_REQUEST::contains)
                && facts.firstTime(RuleIds.ACCESS_NOT_REQUESTED + event.subjects().registrationId())) {
            out.raise(RuleIds.ACCESS_NOT_REQUESTED, "the activation cannot start: " + l.whyPending());
        }
    }

    private static boolean isTimeOrApplication(String kind) {
        return "TIME".equals(kind) || "APPLICATION".equals(kind);
    }
}
