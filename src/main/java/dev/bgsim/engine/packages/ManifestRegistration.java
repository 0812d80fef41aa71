package dev.bgsim.engine.packages;

import dev.bgsim.sdk.BackgroundTrigger;
import dev.bgsim.sdk.SystemConditionType;
import java.util.List;

/**
 * A registration listed in the manifest (entryPoint null: in-process).
 *
 * @param groupId   the registration group's id, or null
 * @param groupName the group's display name, or null
 * @param networkRequested the manifest's {@code networkRequested}
 */
public record ManifestRegistration(String name, String entryPoint, BackgroundTrigger trigger,
                                   List<SystemConditionType> conditions, boolean cancelOnConditionLoss,
                                   String groupId, String groupName, boolean networkRequested) {
    public ManifestRegistration {
        conditions = List.copyOf(conditions);
    }

    /** A registration that does not ask for the network. */
    public ManifestRegistration(String name, String entryPoint, BackgroundTrigger trigger,
                                List<SystemConditionType> conditions, boolean cancelOnConditionLoss,
                                String groupId, String groupName) {
        this(name, entryPoint, trigger, conditions, cancelOnConditionLoss, groupId, groupName, false);
    }

    /** A registration without a group. */
    public ManifestRegistration(String name, String entryPoint, BackgroundTrigger trigger,
                                List<SystemConditionType> conditions, boolean cancelOnConditionLoss) {
        this(name, entryPoint, trigger, conditions, cancelOnConditionLoss, null, null);
    }
}
