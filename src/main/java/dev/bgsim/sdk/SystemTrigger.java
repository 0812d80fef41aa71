package dev.bgsim.sdk;

import java.util.Objects;

/**
 * Runs the task when a system event occurs (WinRT {@code SystemTrigger}); manifest task type
 * {@code systemEvent}. Trigger details: null.
 *
 * <p>Every registration listening for an event is triggered when it occurs. A one-shot trigger
 * runs the task once, the next time the event occurs, and is then used up.
 */
public final class SystemTrigger extends BackgroundTrigger {

    private final SystemTriggerType triggerType;
    private final boolean oneShot;

    /**
     * Creates the trigger. {@code SystemTrigger(CONTROL_CHANNEL_RESET, true)} and
     * {@link SystemTriggerType#INVALID} are accepted here and refused at registration.
     *
     * @param triggerType the event to wait for
     * @param oneShot whether to run once only
     * @throws NullPointerException when {@code triggerType} is null
     */
    public SystemTrigger(SystemTriggerType triggerType, boolean oneShot) {
        this.triggerType = Objects.requireNonNull(triggerType, "triggerType");
        this.oneShot = oneShot;
    }

    /** The event this trigger waits for. */
    public SystemTriggerType getTriggerType() {
        return triggerType;
    }

    /** Whether the trigger runs the task once only. */
    public boolean isOneShot() {
        return oneShot;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SystemTrigger other && triggerType == other.triggerType && oneShot == other.oneShot;
    }

    @Override
    public int hashCode() {
        return Objects.hash(triggerType, oneShot);
    }

    @Override
    public String toString() {
        return "SystemTrigger[" + triggerType + ", oneShot=" + oneShot + "]";
    }
}
