package dev.bgsim.engine.broker;

import dev.bgsim.sdk.BackgroundTrigger;
import dev.bgsim.sdk.SystemConditionType;
import java.util.List;

/**
 * What a register() asks for.
 *
 * @param packageName           the package
 * @param name                  registration name
 * @param entryPoint            task class, or null for in-process
 * @param trigger               the trigger (null: refused with NO_TRIGGER)
 * @param conditions            conditions
 * @param cancelOnConditionLoss cancel when a condition is lost
 * @param networkRequested      the task asks the system to keep the network up while it runs
 *                              ({@code setNetworkRequested}); recorded, shown and persisted
 * @param groupId               group id or null
 * @param origin                MANIFEST, APP, USER
 */
public record RegistrationRequest(String packageName, String name, String entryPoint, BackgroundTrigger trigger,
                                  List<SystemConditionType> conditions, boolean cancelOnConditionLoss,
                                  boolean networkRequested, String groupId, String origin) {
    public RegistrationRequest {
        conditions = List.copyOf(conditions);
    }

    /** A request that does not ask for the network (the GUI's register dialog has no such choice). */
    public RegistrationRequest(String packageName, String name, String entryPoint, BackgroundTrigger trigger,
                               List<SystemConditionType> conditions, boolean cancelOnConditionLoss, String groupId,
                               String origin) {
        this(packageName, name, entryPoint, trigger, conditions, cancelOnConditionLoss, false, groupId, origin);
    }
}
