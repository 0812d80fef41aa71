package dev.bgsim.engine.broker;

/**
 * One reason a latched activation waits ("why pending"), machine-readable code plus text.
 *
 * @param code e.g. CONDITION_UNMET, ACCESS_DENIED, ACCESS_NOT_REQUESTED, BATTERY_SAVER, NEEDS_AC_POWER,
 *             LOW_MEMORY, ALREADY_RUNNING, APP_NOT_RUNNING, HOST_SUSPENDED
 * @param text what a user reads
 */
public record PendingReason(String code, String text) {
    @Override
    public String toString() {
        return code + ": " + text;
    }
}
