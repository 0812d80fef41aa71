package dev.bgsim.engine.host;

/**
 * Whoever owns a piece of task or app code run under the lockstep baton: a task instance or an
 * app. Engine thread only, except {@link #isLive()} which is volatile-safe.
 */
public interface CodeOwner {
    /** "instance 3 of SampleBackgroundTask", "app Samples.BackgroundTask". */
    String label();

    /** False once terminated: its pieces are dropped and its callbacks ignored. */
    boolean isLive();

    /** The thread group its threads run in (threads it starts inherit it). */
    ThreadGroup threadGroup();

    /** True while frozen (host or app suspended): wakes are kept until resume. */
    boolean isFrozen();

    /** Engine thread only. A piece that must wait for resume. */
    void deferUntilResume(Runnable enqueue);

    /** Engine thread only. Code of this owner threw on thread {@code thread}. */
    void codeFailed(Throwable failure, String thread);

    /** Who events about this owner's code are about. */
    dev.bgsim.engine.event.Subjects subjects();

    /** Engine thread only. Keeps a schedule entry (sleep, timer) to cancel when the owner ends. */
    void track(dev.bgsim.engine.time.ScheduleEntry entry);

    /** Engine thread only. The owner's code showed activity (for the idle watchdog). */
    default void activity() {
    }
}
