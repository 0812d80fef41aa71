package dev.bgsim.engine.packages;

import dev.bgsim.sdk.BackgroundTrigger;
import dev.bgsim.sdk.SystemConditionType;
import java.util.List;

/** A registration listed in the manifest (entryPoint null: in-process). */
public record ManifestRegistration(String name, String entryPoint, BackgroundTrigger trigger,
                                   List<SystemConditionType> conditions, boolean cancelOnConditionLoss) {
    public ManifestRegistration {
        conditions = List.copyOf(conditions);
    }
}
