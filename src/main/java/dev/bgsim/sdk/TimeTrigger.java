package dev.bgsim.sdk;

import java.util.Objects;

/**
 * Runs the task periodically (WinRT {@code TimeTrigger}); manifest task type {@code timer}.
 * Trigger details: null.
 *
 * <p>The simulated system has a 15-minute timer tick. A trigger with freshness F is due F minutes
 * after registration (then every F minutes unless one-shot) and fires on the first tick at or
 * after that, so a task runs between F and F + 15 minutes after it is due; missed ticks coalesce
 * into one fire. It runs only if the app called
 * {@link BackgroundExecutionManager#requestAccessAsync()}, and not under battery saver unless the
 * app is "Always allowed". The broker refuses a freshness under 15 minutes.
 */
public final class TimeTrigger extends BackgroundTrigger {

    private final int freshnessTime;
    private final boolean oneShot;

    /**
     * Creates the trigger. The freshness is not checked here: {@link BackgroundTaskBuilder#register()}
     * refuses values the broker does not accept.
     *
     * @param freshnessMinutes the period, in minutes
     * @param oneShot whether to run once only
     */
    public TimeTrigger(int freshnessMinutes, boolean oneShot) {
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
        return o instanceof TimeTrigger other && freshnessTime == other.freshnessTime && oneShot == other.oneShot;
    }

    @Override
    public int hashCode() {
        return Objects.hash(TimeTrigger.class.getSimpleName(), freshnessTime, oneShot);
    }

    @Override
    public String toString() {
        return "TimeTrigger[freshness=" + freshnessTime + " min, oneShot=" + oneShot + "]";
    }
}
