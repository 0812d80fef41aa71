package dev.bgsim.checker.live;

import dev.bgsim.checker.RuleIds;
import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.Events;

/**
 * BG204: a BackgroundTaskRegistrationException escaped an app callback and crashed the app,
 * thrown as it is or wrapped (onLaunched declares no checked exception, so Java code wraps it).
 */
final class RegistrationFailureEscaped implements LiveRule {
    private static final String REFUSAL = "BackgroundTaskRegistrationException";

    @Override
    public void check(EngineEvent event, StreamFacts facts, FindingSink out) {
        if (!(event.payload() instanceof Events.AppCallbackFailed f)) {
            return;
        }
        boolean thrown = f.exceptionClass() != null && f.exceptionClass().endsWith(REFUSAL);
        boolean wrapped = f.stackTrace() != null && f.stackTrace().contains("Caused by: dev.bgsim.sdk." + REFUSAL);
        if (thrown || wrapped) {
            out.raise(RuleIds.REGISTRATION_FAILURE_UNHANDLED, "a refused registration escaped " + f.callback()
                    + (wrapped && !thrown ? " (wrapped in " + f.exceptionClass() + ")" : "") + " and crashed the app: " + f.message());
        }
    }
}
