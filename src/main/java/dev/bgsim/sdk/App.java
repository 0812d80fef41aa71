package dev.bgsim.sdk;

/**
 * The foreground app of a package (WinRT {@code Application}), optional: a package may have only
 * tasks. The manifest names the class ({@code application.entryPoint}); it must be public with a
 * public no-argument constructor. Every method does nothing unless overridden.
 *
 * <p>The simulator creates one object per app process and calls the lifecycle methods on a thread
 * of the app process (never the simulator's engine thread), one at a time, in lifecycle order.
 * {@link #onBackgroundActivated} is the exception: each in-process task instance gets a thread of
 * its own, as {@link BackgroundTask#run} does.
 */
public interface App {

    /**
     * Called first, once per app process, whether the process starts because the user launches the
     * app or because an in-process task must run. The place to attach
     * {@link BackgroundTaskRegistrationGroup#addBackgroundActivatedListener group listeners}, so
     * they exist before any activation (UWP apps do this in their {@code App} constructor).
     */
    default void onCreated(AppContext context) {
    }

    /**
     * The user launched the app: it is now in the foreground. The usual place to request
     * background access, register tasks (checking {@link AppContext#getAllTasks()} first) and
     * re-attach progress and completed listeners.
     */
    default void onLaunched(AppContext context) {
    }

    /**
     * The app is being suspended. Save state; take {@link SuspendingOperation#getDeferral()} for
     * asynchronous work and complete it before {@link SuspendingOperation#getDeadline()} (5 seconds
     * of simulated time), or the app is terminated.
     */
    default void onSuspending(SuspendingOperation operation) {
    }

    /** The app was resumed from suspension. Progress and completions that happened meanwhile follow. */
    default void onResuming(AppContext context) {
    }

    /**
     * The app moved to the background (minimised), or started in the background to run an
     * in-process task. Save state here: a background app may be terminated without being suspended.
     */
    default void onEnteredBackground(AppContext context) {
    }

    /** The app is about to come to the foreground. */
    default void onLeavingBackground(AppContext context) {
    }

    /**
     * An in-process task (a registration without entry point) must run: treat this method as that
     * task's {@link BackgroundTask#run}. The instance completes when this method has returned and
     * every deferral taken is completed; an instance still running when its grace period after a
     * cancellation ends terminates the whole app. Not called for a registration in a
     * {@link BackgroundTaskRegistrationGroup}: the group's listeners are raised instead. Left as is,
     * the instance completes at once.
     */
    default void onBackgroundActivated(BackgroundActivatedEventArgs args) {
    }
}
