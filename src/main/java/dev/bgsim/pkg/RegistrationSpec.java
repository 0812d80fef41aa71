package dev.bgsim.pkg;

import dev.bgsim.sdk.SystemConditionType;

import java.util.List;
import java.util.Objects;

/**
 * A registration listed in bgsim-manifest.json: created when the package is loaded (unless one
 * of that name exists), so a bare task jar can be debugged without an app (SPEC 2). Whether its
 * entry point is declared is the broker's registration rule, not a load error.
 *
 * @param name                  the registration name
 * @param entryPoint            the task class, or null for an in-process task (run by the app)
 * @param trigger               the trigger
 * @param conditions            the conditions, in order
 * @param cancelOnConditionLoss cancel the running task when a condition stops holding
 * @param networkRequested      keep the network up while the task runs
 * @param group                 the registration group, or null
 * @param location              where it is declared
 */
public record RegistrationSpec(String name, String entryPoint, TriggerSpec trigger, List<SystemConditionType> conditions,
                               boolean cancelOnConditionLoss, boolean networkRequested, TaskGroupSpec group,
                               SourceLocation location) {
    public RegistrationSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(trigger, "trigger");
        conditions = List.copyOf(conditions);
        Objects.requireNonNull(location, "location");
    }

    /** True for an in-process registration (no entry point). */
    public boolean isInProcess() {
        return entryPoint == null;
    }
}
