package dev.bgsim.checker.live;

import dev.bgsim.checker.RuleIds;
import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.Events;

/** BG204: a BackgroundTaskRegistrationException escaped an app callback and crashed the app. */
final class RegistrationFailureEscaped implements LiveRule {
    @Override
    public void check(EngineEvent event, StreamFacts facts, FindingSink out) {
        if (event.payload() instanceof Events.AppCallbackFailed f
                && f.exceptionClass() != null && f.exceptionClass().endsWith("BackgroundTaskRegistrationException")) {
            out.raise(RuleIds.REGISTRATION_FAILURE_UNHANDLED, "a refused registration escaped " + f.callback()
                    + " and crashed the app: " + f.message());
        }
    }
}
