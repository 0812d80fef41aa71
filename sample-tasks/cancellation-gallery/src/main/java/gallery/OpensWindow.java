package gallery;

import dev.bgsim.sdk.BackgroundTask;
import dev.bgsim.sdk.BackgroundTaskInstance;
import java.awt.Frame;
import java.awt.Label;

/**
 * PITFALL: opens a window from a background task.
 *
 * <blockquote>Do not display UI other than toasts, tiles, and badge updates from the background
 * task.</blockquote>
 *
 * <p>A background task has no screen to draw on: bgsim's task hosts run headless, so creating the
 * {@link Frame} throws {@code HeadlessException} and the instance FAILS, and the checker reports
 * the attempt. Needs bgsim's child-JVM hosts (bgsim's own JVM may have a screen).
 *
 * <p>The twin, {@link ShowsToast}, tells the user through a toast, the tile and the badge.
 */
public final class OpensWindow implements BackgroundTask {

    @Override
    public void run(BackgroundTaskInstance taskInstance) {
        Frame frame = new Frame("Sync finished");
        frame.add(new Label("3 new messages"));
        frame.pack();
        frame.setVisible(true);
        taskInstance.getLocalSettings().put(taskInstance.getTask().getName(), "Window shown");
    }
}
