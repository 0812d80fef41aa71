package dev.bgsim.sdk;

import java.time.Instant;

/** The app's suspension in progress (WinRT {@code SuspendingOperation}), given to {@link App#onSuspending}. */
public interface SuspendingOperation {

    /**
     * Takes a deferral: the suspension waits until it is completed, but no longer than the
     * {@link #getDeadline() deadline}; an app still busy then is terminated.
     */
    SuspendingDeferral getDeferral();

    /** When the simulator stops waiting, in simulated time: 5 seconds after the suspension began. */
    Instant getDeadline();
}
