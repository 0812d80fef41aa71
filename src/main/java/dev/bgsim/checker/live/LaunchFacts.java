package dev.bgsim.checker.live;

/** What app code did during one onLaunched: looked at the registrations, registered (or tried to). */
public final class LaunchFacts {
    private boolean enumerated;
    private boolean registered;

    /** Called getAllTasks, getAllTaskGroups or getTaskGroup. */
    public boolean enumerated() {
        return enumerated;
    }

    /** Called register() (whether the broker agreed or not). */
    public boolean registered() {
        return registered;
    }

    void sawEnumeration() {
        enumerated = true;
    }

    void sawRegistration() {
        registered = true;
    }
}
