package dev.bgsim.engine.device;

import dev.bgsim.sdk.BackgroundAccessStatus;

/**
 * The documented mapping from the user's access setting and whether the app requested access to
 * {@link BackgroundAccessStatus} (semantics reference 7.2, 7.3):
 *
 * <table>
 *   <caption>access status</caption>
 *   <tr><th>setting</th><th>requestAccessAsync not called (or reset by update / removeAccess)</th><th>called</th></tr>
 *   <tr><td>MANAGED_BY_WINDOWS</td><td>UNSPECIFIED</td><td>ALLOWED_SUBJECT_TO_SYSTEM_POLICY, or
 *       DENIED_BY_SYSTEM_POLICY under critical memory pressure on a profile that kills</td></tr>
 *   <tr><td>ALWAYS_ALLOWED</td><td>UNSPECIFIED</td><td>ALWAYS_ALLOWED</td></tr>
 *   <tr><td>NEVER_ALLOWED</td><td>DENIED_BY_USER</td><td>DENIED_BY_USER</td></tr>
 * </table>
 */
public final class AccessTable {
    private AccessTable() {
    }

    public static BackgroundAccessStatus status(AccessSetting setting, boolean requested, DeviceState device,
                                                DeviceProfile profile) {
        return switch (setting) {
            case NEVER_ALLOWED -> BackgroundAccessStatus.DENIED_BY_USER;
            case ALWAYS_ALLOWED -> requested ? BackgroundAccessStatus.ALWAYS_ALLOWED : BackgroundAccessStatus.UNSPECIFIED;
            case MANAGED_BY_WINDOWS -> {
                if (!requested) {
                    yield BackgroundAccessStatus.UNSPECIFIED;
                }
                yield profile.lowMemoryKills() && device.memoryPressure() == MemoryPressure.CRITICAL
                        ? BackgroundAccessStatus.DENIED_BY_SYSTEM_POLICY
                        : BackgroundAccessStatus.ALLOWED_SUBJECT_TO_SYSTEM_POLICY;
            }
        };
    }

    /** The statuses with which tasks do not run and registration is refused. */
    public static boolean denied(BackgroundAccessStatus s) {
        return s == BackgroundAccessStatus.DENIED || s == BackgroundAccessStatus.DENIED_BY_USER
                || s == BackgroundAccessStatus.DENIED_BY_SYSTEM_POLICY;
    }
}
