package dev.bgsim.engine.apps;

import dev.bgsim.sdk.App;
import dev.bgsim.sdk.AppContext;
import dev.bgsim.sdk.BackgroundActivatedEventArgs;
import dev.bgsim.sdk.SuspendingOperation;
import java.time.Duration;

/**
 * Records each lifecycle callback in the local setting "calls" (comma-separated); its in-process
 * activation sleeps 1 s on the TaskClock per step, 3 steps, and stops when canceled.
 */
public class LifecycleApp implements App {
    protected AppContext ctx;

    protected void log(String call) {
        Object before = ctx.getLocalSettings().get("calls");
        ctx.getLocalSettings().put("calls", before == null ? call : before + "," + call);
    }

    @Override
    public void onCreated(AppContext context) {
        ctx = context;
        log("created");
    }

    @Override
    public void onLaunched(AppContext context) {
        log("launched");
    }

    @Override
    public void onEnteredBackground(AppContext context) {
        log("entered");
    }

    @Override
    public void onLeavingBackground(AppContext context) {
        log("leaving");
    }

    @Override
    public void onSuspending(SuspendingOperation operation) {
        log("suspending");
    }

    @Override
    public void onResuming(AppContext context) {
        log("resuming");
    }

    @Override
    public void onBackgroundActivated(BackgroundActivatedEventArgs args) {
        var task = args.getTaskInstance();
        log("activated:" + task.getTask().getName());
        var canceled = new java.util.concurrent.atomic.AtomicBoolean();
        task.addCanceledListener((s, r) -> canceled.set(true));
        try {
            for (int i = 0; i < steps() && !canceled.get(); i++) {
                task.getClock().sleep(Duration.ofSeconds(1));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Seconds of work per activation. */
    protected int steps() {
        return 3;
    }
}
