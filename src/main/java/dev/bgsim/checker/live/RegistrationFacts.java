package dev.bgsim.checker.live;

import java.util.List;
import java.util.UUID;

/**
 * A registration as its RegistrationAdded event described it.
 *
 * @param taskId      its id
 * @param name        its name (not unique)
 * @param triggerKind the trigger kind constant (SYSTEM, TIME, APPLICATION...)
 * @param trigger     the trigger as text ({@code SystemTrigger[SERVICING_COMPLETE, oneShot=false]})
 * @param conditions  condition constants
 * @param origin      MANIFEST, APP, USER or RESTORED
 */
public record RegistrationFacts(UUID taskId, String name, String triggerKind, String trigger, List<String> conditions,
                                String origin) {
    public RegistrationFacts {
        conditions = List.copyOf(conditions);
    }

    /** True for a SystemTrigger on SERVICING_COMPLETE. */
    public boolean listensForServicingComplete() {
        return "SYSTEM".equals(triggerKind) && trigger.contains("SERVICING_COMPLETE");
    }
}
