package dev.bgsim.scenario.device;

/**
 * The user's per-package background activity setting (SPEC 3.2, semantics reference 7.3), from
 * which the app's {@code BackgroundAccessStatus} follows. Written by constant name.
 */
public enum BackgroundAccessSetting {
    /** Windows decides (battery saver and system policy apply). */
    MANAGED_BY_WINDOWS,
    /** The user allows background work even under battery saver. */
    ALWAYS_ALLOWED,
    /** The user forbids background work. */
    NEVER_ALLOWED;

    /** The word scenario files use. */
    public String jsonName() {
        return name();
    }
}
