package dev.bgsim.sdk;

import java.util.Objects;

/**
 * Runs the task periodically, on AC power only (WinRT {@code MaintenanceTrigger}); manifest task
 * type {@code general}. Trigger details: null.
 *
 * <p>Scheduled like {@link TimeTrigger} (15-minute tick, due every F minutes after registration),
 * but it fires only while the device is on AC power, and a running maintenance task is cancelled
 * with {@link BackgroundTaskCancellationReason#ABORT} when power goes to battery. The broker
 * refuses a freshness under 15 minutes or over 30 days (43,200 minutes).
 */
public final class MaintenanceTrigger extends BackgroundTrigger {

    private final int freshnessTime;
    private final boolean oneShot;

    /**
     * Creates the trigger. The freshness is not checked here: {@link BackgroundTaskBuilder#register()}
     * refuses values the broker does not accept.
     *
     * @param freshnessMinutes the period, in minutes
     * @param oneShot whether to run once only
     */
    public MaintenanceTrigger(int freshnessMinutes, boolean oneShot) {
        this.freshnessTime = freshnessMinutes;
        this.oneShot = oneShot;
    }

    /** The period, in minutes (WinRT {@code FreshnessTime}). */
    public int getFreshnessTime() {
        return freshnessTime;
    }

    /** Whether the trigger runs the task once only. */
    public boolean isOneShot() {
        return oneShot;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MaintenanceTrigger other && freshnessTime == other.freshnessTime && oneShot == other.oneShot;
    }

    @Override
    public int hashCode() {
        return Objects.hash(MaintenanceTrigger.class.getSimpleName(), freshnessTime, oneShot);
    }

    @Override
    public String toString() {
        return "MaintenanceTrigger[freshness=" + freshnessTime + " min, oneShot=" + oneShot + "]";
    }
}
