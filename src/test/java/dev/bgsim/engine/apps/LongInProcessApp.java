package dev.bgsim.engine.apps;

/** Its in-process activation works 100 s (cooperatively). */
public class LongInProcessApp extends LifecycleApp {
    @Override
    protected int steps() {
        return 100;
    }
}
