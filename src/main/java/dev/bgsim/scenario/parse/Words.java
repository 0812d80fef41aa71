package dev.bgsim.scenario.parse;

import dev.bgsim.scenario.action.PlainTriggerType;
import dev.bgsim.scenario.device.BackgroundAccessSetting;
import dev.bgsim.scenario.device.BatterySaverMode;
import dev.bgsim.scenario.device.MemoryPressure;
import dev.bgsim.scenario.device.PowerSource;
import dev.bgsim.scenario.expect.AppState;
import dev.bgsim.scenario.expect.InstanceState;
import dev.bgsim.sdk.BackgroundTaskCancellationReason;
import dev.bgsim.sdk.SystemConditionType;
import dev.bgsim.sdk.SystemTriggerType;

/**
 * The vocabularies of the scenario format's enumerated fields. SDK enums are written by their
 * constant names (as in Java code); device words in lower case (as in SPEC 6.2's example).
 */
final class Words {

    static final Vocabulary<BackgroundTaskCancellationReason> CANCELLATION_REASONS =
            Vocabulary.ofConstants("cancellation reason", BackgroundTaskCancellationReason.class, r -> true);
    /** INVALID is a WinRT placeholder, not an event anyone can fire. */
    static final Vocabulary<SystemTriggerType> SYSTEM_EVENTS =
            Vocabulary.ofConstants("system event", SystemTriggerType.class, t -> t != SystemTriggerType.INVALID);
    static final Vocabulary<SystemConditionType> CONDITIONS =
            Vocabulary.ofConstants("condition", SystemConditionType.class, c -> c != SystemConditionType.INVALID);
    static final Vocabulary<InstanceState> INSTANCE_STATES =
            Vocabulary.ofConstants("instance state", InstanceState.class, s -> true);
    static final Vocabulary<AppState> APP_STATES = Vocabulary.ofConstants("app state", AppState.class, s -> true);
    static final Vocabulary<PowerSource> POWER = Vocabulary.ofWords("power source", PowerSource.class, PowerSource::jsonName);
    static final Vocabulary<BatterySaverMode> BATTERY_SAVER =
            Vocabulary.ofWords("battery saver mode", BatterySaverMode.class, BatterySaverMode::jsonName);
    static final Vocabulary<MemoryPressure> MEMORY_PRESSURE =
            Vocabulary.ofWords("memory pressure", MemoryPressure.class, MemoryPressure::jsonName);
    static final Vocabulary<BackgroundAccessSetting> ACCESS =
            Vocabulary.ofWords("access setting", BackgroundAccessSetting.class, BackgroundAccessSetting::jsonName);
    static final Vocabulary<PlainTriggerType> PLAIN_TRIGGERS =
            Vocabulary.ofWords("trigger type", PlainTriggerType.class, PlainTriggerType::jsonName);

    private Words() {
    }
}
