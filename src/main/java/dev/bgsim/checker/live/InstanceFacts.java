package dev.bgsim.checker.live;

import java.time.Duration;
import java.time.Instant;

/** What the stream told so far about one instance. Mutable; owned by {@link StreamFacts} (one thread). */
public final class InstanceFacts {
    private final boolean inProcess;
    private final Duration timeLimit;
    private final String entryPoint;
    private int outstandingDeferrals;
    private Instant runReturnedAt;
    private String cancelReason;

    InstanceFacts(boolean inProcess, Duration timeLimit, String entryPoint) {
        this.inProcess = inProcess;
        this.timeLimit = timeLimit;
        this.entryPoint = entryPoint;
    }

    /** Runs in the app's process (no entry point). */
    public boolean inProcess() {
        return inProcess;
    }

    /** Its time limit, or null when it has none. */
    public Duration timeLimit() {
        return timeLimit;
    }

    /** The task class, or null in-process. */
    public String entryPoint() {
        return entryPoint;
    }

    /** Deferrals taken and not (yet) completed. */
    public int outstandingDeferrals() {
        return outstandingDeferrals;
    }

    /** True once run() (or the in-process handler) returned. */
    public boolean runReturned() {
        return runReturnedAt != null;
    }

    /** When run() returned, or null. */
    public Instant runReturnedAt() {
        return runReturnedAt;
    }

    /** The reason of the cancellation requested, or null. */
    public String cancelReason() {
        return cancelReason;
    }

    void deferralTaken() {
        outstandingDeferrals++;
    }

    void deferralCompleted() {
        outstandingDeferrals = Math.max(0, outstandingDeferrals - 1);
    }

    void runReturned(Instant at, int outstanding) {
        runReturnedAt = at;
        outstandingDeferrals = outstanding;
    }

    void cancelRequested(String reason) {
        cancelReason = reason;
    }
}
