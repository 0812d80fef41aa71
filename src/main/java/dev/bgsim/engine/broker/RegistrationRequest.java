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
 * @param groupId               group id or null
 * @param origin                MANIFEST, APP, USER
 */
public record RegistrationRequest(String packageName, String name, String entryPoint, BackgroundTrigger trigger,
                                  List<SystemConditionType> conditions, boolean cancelOnConditionLoss, String groupId,
                                  String origin) {
    public RegistrationRequest {
        conditions = List.copyOf(conditions);
    }
}
