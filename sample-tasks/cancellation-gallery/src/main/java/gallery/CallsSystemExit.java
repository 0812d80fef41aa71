package gallery;

import dev.bgsim.sdk.BackgroundTask;
import dev.bgsim.sdk.BackgroundTaskInstance;

/**
 * PITFALL: ends its work with {@code System.exit}, as a command-line program would.
 *
 * <blockquote>If you have multiple background tasks, consider whether they should run in the same
 * host process or be separated into different host processes. Put them in separate host processes
 * if you are concerned that a failure in one background task could bring down other background
 * tasks.</blockquote>
 *
 * <p>A task does not own its process: the host does. {@code System.exit} kills the task host, so
 * this instance is TERMINATED (the host crashed) and so is every other instance running in the
 * same host. Needs bgsim's child-JVM hosts: bgsim never lets a task stop its own JVM.
 *
 * <p>The twin, {@link ReturnsInsteadOfExiting}, returns from {@code run()}: that is how a task says
 * it is done.
 */
public final class CallsSystemExit implements BackgroundTask {

    @Override
    public void run(BackgroundTaskInstance taskInstance) {
        taskInstance.getLocalSettings().put(taskInstance.getTask().getName(), "Saved");
        System.exit(0);
    }
}
