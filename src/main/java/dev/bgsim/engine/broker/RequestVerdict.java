package dev.bgsim.engine.broker;

import dev.bgsim.sdk.ApplicationTriggerResult;
import dev.bgsim.sdk.DeviceTriggerResult;
import dev.bgsim.sdk.MediaProcessingTriggerResult;

/**
 * The broker's answer to an app-signalled trigger, before it is mapped to the result enum of the
 * trigger class ({@link #application()}, {@link #media()}, {@link #device()}).
 */
public enum RequestVerdict {
    ALLOWED,
    CURRENTLY_RUNNING,
    DISABLED_BY_POLICY,
    DENIED_BY_USER,
    DENIED_BY_SYSTEM,
    LOW_BATTERY,
    UNKNOWN_ERROR;

    public ApplicationTriggerResult application() {
        return switch (this) {
            case ALLOWED -> ApplicationTriggerResult.ALLOWED;
            case CURRENTLY_RUNNING -> ApplicationTriggerResult.CURRENTLY_RUNNING;
            case UNKNOWN_ERROR -> ApplicationTriggerResult.UNKNOWN_ERROR;
            default -> ApplicationTriggerResult.DISABLED_BY_POLICY;
        };
    }

    public MediaProcessingTriggerResult media() {
        return MediaProcessingTriggerResult.valueOf(application().name());
    }

    public DeviceTriggerResult device() {
        return switch (this) {
            case ALLOWED -> DeviceTriggerResult.ALLOWED;
            case DENIED_BY_USER -> DeviceTriggerResult.DENIED_BY_USER;
            case LOW_BATTERY -> DeviceTriggerResult.LOW_BATTERY;
            default -> DeviceTriggerResult.DENIED_BY_SYSTEM;
        };
    }
}
