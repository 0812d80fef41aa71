package dev.bgsim.sdk;

/**
 * A background task: the code bgsim runs when one of the task's triggers fires.
 *
 * <p>The class must be public, have a public no-argument constructor and be declared in the
 * package manifest (out-of-process tasks). bgsim creates a new object for every activation and
 * calls {@link #run} on a thread of its own, never on the simulator's engine thread.
 */
public interface BackgroundTask {
    /**
     * Does the task's work. The instance completes when this method has returned and every
     * deferral taken from {@code taskInstance} has been completed.
     */
    void run(BackgroundTaskInstance taskInstance) throws Exception;
}
