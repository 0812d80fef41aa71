package dev.bgsim.engine.broker;

import dev.bgsim.sdk.BackgroundTaskRegistrationException.Reason;

/** Result of register(): the registration, or the reason it was refused. */
public record RegisterResult(Registration registration, RegistrationFacade facade, Reason reason, String message,
                             String details) {
    static RegisterResult ok(Registration r, RegistrationFacade f) {
        return new RegisterResult(r, f, null, "registered " + r.name(), null);
    }

    static RegisterResult refused(Reason reason, String message) {
        return new RegisterResult(null, null, reason, message, null);
    }

    static RegisterResult refused(Reason reason, String message, String details) {
        return new RegisterResult(null, null, reason, message, details);
    }

    public boolean ok() {
        return registration != null;
    }
}
