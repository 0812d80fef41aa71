package dev.bgsim.ui.session;

import dev.bgsim.ui.timeline.InstanceState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the GUI knows of one task instance, folded from the event stream. FX thread only; fields
 * are package-private-written by {@link RegistryFolder} and read through getters.
 */
public final class InstanceRecord {
    final UUID id;
    final int number;
    final RegistrationRecord registration;
    final Instant started;
    final boolean forced;
    final boolean inProcess;
    final String trigger;
    final String triggerDetails;
    final Duration timeLimit;
    final Map<Integer, String> openDeferrals = new LinkedHashMap<>();
    final List<String> output = new ArrayList<>();
    String hostId;
    InstanceState state = InstanceState.RUNNING;
    boolean runReturned;
    int progress;
    int suspendedCount;
    int deferralsTaken;
    Instant graceEnds;
    /** What the engine had counted against the time limit when it last paused it (host or app suspended), or null. */
    Duration countedAtPause;
    /** When the limit's clock ran again after the last pause; null while it is paused or was never paused. */
    Instant countingAgainSince;
    String cancelReason;
    String outcome;
    String exception;
    Instant ended;

    InstanceRecord(UUID id, int number, RegistrationRecord registration, Instant started, boolean forced,
                   boolean inProcess, Duration timeLimit) {
        this.id = id;
        this.number = number;
        this.registration = registration;
        this.started = started;
        this.forced = forced;
        this.inProcess = inProcess;
        this.trigger = registration.lastTrigger;
        this.triggerDetails = registration.lastTriggerDetails;
        this.timeLimit = timeLimit;
    }

    public UUID id() { return id; }

    public int number() { return number; }

    public RegistrationRecord registration() { return registration; }

    /** "Name#3", the way scenarios and the checker address instances. */
    public String label() { return registration.name() + "#" + number; }

    public Instant started() { return started; }

    public boolean forced() { return forced; }

    public boolean inProcess() { return inProcess; }

    public String trigger() { return trigger; }

    public String triggerDetails() { return triggerDetails; }

    /** Null when the instance has no time limit. */
    public Duration timeLimit() { return timeLimit; }

    public String hostId() { return hostId; }

    public InstanceState state() { return state; }

    public boolean runReturned() { return runReturned; }

    public int progress() { return progress; }

    public int suspendedCount() { return suspendedCount; }

    public int deferralsTaken() { return deferralsTaken; }

    /** Outstanding deferrals: number → the stack where it was taken. */
    public Map<Integer, String> openDeferrals() { return Map.copyOf(openDeferrals); }

    public Instant graceEnds() { return graceEnds; }

    public String cancelReason() { return cancelReason; }

    /** How it ended, in words ("completed", "canceled: ABORT", "terminated: GRACE_EXPIRED ..."). */
    public String outcome() { return outcome; }

    /** The exception that failed it, with its stack, or null. */
    public String exception() { return exception; }

    public Instant ended() { return ended; }

    /**
     * The simulated time counted against the time limit by {@code now} (SPEC 3.7): from the start,
     * without the time its host or app was suspended, as the engine counts it.
     */
    public Duration countedElapsed(Instant now) {
        if (countedAtPause == null) {
            return Duration.between(started, now);
        }
        return countingAgainSince == null ? countedAtPause
                : countedAtPause.plus(Duration.between(countingAgainSince, now));
    }

    /** True while the time limit is stopped because the instance's host or app is suspended. */
    public boolean timeLimitPaused() {
        return countedAtPause != null && countingAgainSince == null && !isFinal();
    }

    public List<String> output() { return List.copyOf(output); }

    public boolean isFinal() { return state.isFinal(); }
}
