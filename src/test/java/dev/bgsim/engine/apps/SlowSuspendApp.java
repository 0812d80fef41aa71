package dev.bgsim.engine.apps;

import dev.bgsim.sdk.SuspendingOperation;
import java.time.Duration;

/** Saves state for 2 s of simulated time under a suspending deferral, completing it twice. */
public class SlowSuspendApp extends LifecycleApp {
    @Override
    public void onSuspending(SuspendingOperation operation) {
        log("suspending");
        var d = operation.getDeferral();
        try {
            ctx.getClock().sleep(Duration.ofSeconds(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        d.complete();
        d.complete();
    }
}
