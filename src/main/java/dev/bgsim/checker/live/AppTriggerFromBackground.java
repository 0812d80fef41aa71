package dev.bgsim.checker.live;

import dev.bgsim.checker.RuleIds;
import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.Events;

import java.util.Map;

/** BG206: requestAsync from a task, a backgrounded app, or code bgsim cannot place. */
final class AppTriggerFromBackground implements LiveRule {
    private static final Map<String, String> CALLERS = Map.of(
            "TASK", "a background task",
            "BACKGROUND_APP", "the app while it was not in the foreground",
            "UNKNOWN", "code outside the foreground app");

    @Override
    public void check(EngineEvent event, StreamFacts facts, FindingSink out) {
        if (event.payload() instanceof Events.TriggerRequested r && CALLERS.containsKey(r.caller())) {
            out.raise(RuleIds.APP_TRIGGER_FROM_BACKGROUND, r.trigger() + ".requestAsync() was called from " + CALLERS.get(r.caller())
                    + " and answered " + r.result());
        }
    }
}
