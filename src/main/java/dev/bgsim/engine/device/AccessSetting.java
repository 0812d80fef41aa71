package dev.bgsim.engine.device;

/** The user's per-package background access setting (Settings → Battery → app). */
public enum AccessSetting {
    MANAGED_BY_WINDOWS,
    ALWAYS_ALLOWED,
    NEVER_ALLOWED
}
