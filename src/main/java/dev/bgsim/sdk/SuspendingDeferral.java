package dev.bgsim.sdk;

/** Delays the app's suspension (WinRT {@code SuspendingDeferral}); see {@link SuspendingOperation#getDeferral()}. */
public interface SuspendingDeferral {

    /** Lets the suspension go ahead. Completing twice is harmless. Any thread may call it. */
    void complete();
}
