package dev.bgsim.sdk;

/**
 * Whether the app may run background tasks (WinRT {@code BackgroundAccessStatus}), as answered
 * by {@link BackgroundExecutionManager}.
 *
 * <p>Constants are in WinRT order: {@link #ordinal()} equals the WinRT value. bgsim derives the
 * status from the user's per-package setting: "Always allowed" gives {@link #ALWAYS_ALLOWED},
 * "Managed by Windows" gives {@link #ALLOWED_SUBJECT_TO_SYSTEM_POLICY} (or
 * {@link #DENIED_BY_SYSTEM_POLICY} when the system decides so), "Never allowed" gives
 * {@link #DENIED_BY_USER}; before access was requested the status is {@link #UNSPECIFIED}.
 */
public enum BackgroundAccessStatus {
    /** Access was never requested (or was removed): no background activity. */
    UNSPECIFIED,
    /** Deprecated in Windows 10 1607; bgsim never answers it. */
    ALLOWED_WITH_ALWAYS_ON_REAL_TIME_CONNECTIVITY,
    /** Deprecated in Windows 10 1607; bgsim never answers it. */
    ALLOWED_MAY_USE_ACTIVE_REAL_TIME_CONNECTIVITY,
    /** Deprecated in Windows 10 1607; bgsim never answers it. */
    DENIED,
    /** The user set the app to "Always allowed": tasks run even under battery saver. */
    ALWAYS_ALLOWED,
    /** "Managed by Windows": tasks run unless system policy (battery saver) stops them. */
    ALLOWED_SUBJECT_TO_SYSTEM_POLICY,
    /** "Managed by Windows" and the system decided not to let this app run in the background. */
    DENIED_BY_SYSTEM_POLICY,
    /** The user turned background activity off for this app ("Never allowed"). */
    DENIED_BY_USER;

    /**
     * Whether this status means the app may not run background tasks: {@link #UNSPECIFIED},
     * {@link #DENIED}, {@link #DENIED_BY_SYSTEM_POLICY} or {@link #DENIED_BY_USER}. The guidelines
     * ask apps to register tasks only when the status is not denied.
     */
    public boolean isDenied() {
        return this == UNSPECIFIED || this == DENIED || this == DENIED_BY_SYSTEM_POLICY || this == DENIED_BY_USER;
    }
}
