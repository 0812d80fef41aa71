package dev.bgsim.engine.apps;

import dev.bgsim.sdk.SuspendingOperation;

/** Takes a suspending deferral and never completes it. */
public class HangingSuspendApp extends LifecycleApp {
    @Override
    public void onSuspending(SuspendingOperation operation) {
        log("suspending");
        operation.getDeferral();
    }
}
