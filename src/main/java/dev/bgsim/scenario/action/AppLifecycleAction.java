package dev.bgsim.scenario.action;

/** A user action on one package's app (SPEC 3.9): launch, minimise, suspend and so on. */
public sealed interface AppLifecycleAction extends Action
        permits Launch, Minimise, Restore, Suspend, Resume, Terminate, SuspendAndTerminate, Update, Uninstall {

    /** The identity name of the package whose app is acted on. */
    String packageName();

    @Override
    default String describe() {
        return verb() + " " + packageName();
    }
}
