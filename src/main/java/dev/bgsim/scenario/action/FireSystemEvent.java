package dev.bgsim.scenario.action;

import dev.bgsim.sdk.SystemTriggerType;

import java.util.Objects;

/**
 * Fires a system event (SPEC 3.4): every registration listening for it is triggered.
 *
 * @param event the system event; never {@code INVALID}
 * @param force skip conditions and policy for every registration it triggers
 */
public record FireSystemEvent(SystemTriggerType event, boolean force) implements Action {

    public FireSystemEvent {
        Objects.requireNonNull(event, "event");
        if (event == SystemTriggerType.INVALID) {
            throw new IllegalArgumentException("INVALID is not a system event");
        }
    }

    @Override
    public String verb() {
        return FireRegistration.VERB;
    }

    @Override
    public String describe() {
        return FireRegistration.VERB + " system event " + event + (force ? " (forced)" : "");
    }
}
