package dev.bgsim.engine.workspace;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A registration as the workspace keeps it (JSON). The trigger is {@link TriggerCodec}'s map.
 * {@code networkRequested} is last: files written before it existed read as false.
 */
public record StoredRegistration(UUID taskId, String packageName, String name, String entryPoint,
                                 Map<String, Object> trigger, List<String> conditions, boolean cancelOnConditionLoss,
                                 String groupId, String groupName, String origin, boolean oneShotConsumed,
                                 boolean networkRequested) {
}
