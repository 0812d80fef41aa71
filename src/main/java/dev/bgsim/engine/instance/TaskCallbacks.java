package dev.bgsim.engine.instance;

/** Engine-side handlers of what a task does through its BackgroundTaskInstance. Engine thread only. */
public interface TaskCallbacks {
    void progress(Instance instance, int progress);

    void deferralTaken(Instance instance, int deferral, String stackTrace);

    void deferralCompleted(Instance instance, int deferral);
}
