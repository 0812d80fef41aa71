package dev.bgsim.engine.apps;

import dev.bgsim.sdk.BackgroundActivatedEventArgs;
import java.time.Duration;

/** Its in-process activation ignores cancellation and works forever. */
public class StubbornInProcessApp extends LifecycleApp {
    @Override
    public void onBackgroundActivated(BackgroundActivatedEventArgs args) {
        var task = args.getTaskInstance();
        log("activated:" + task.getTask().getName());
        try {
            while (true) {
                task.getClock().sleep(Duration.ofSeconds(1));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
