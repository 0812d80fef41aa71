package dev.bgsim.checker;

/**
 * The ids of the catalogue's rules, as constants for the code that checks them (the texts live
 * in {@code rules.json}; {@code RuleIdsTest} keeps the two in step).
 */
public final class RuleIds {
    private RuleIds() {
    }

    // --- BG1xx: the task's code ---
    public static final String NO_CANCELED_LISTENER = "BG101";
    public static final String ASYNC_WORK_WITHOUT_DEFERRAL = "BG102";
    public static final String DEFERRAL_NEVER_COMPLETED = "BG103";
    public static final String DEFERRAL_COMPLETED_TWICE = "BG104";
    public static final String TIME_LIMIT_EXCEEDED = "BG105";
    public static final String CANCELLATION_IGNORED = "BG106";
    public static final String IN_PROCESS_OUTLIVED_CANCELLATION = "BG107";
    public static final String RUN_THREW = "BG108";
    public static final String HOST_CRASHED = "BG109";
    public static final String UI_FROM_TASK = "BG110";
    public static final String LOW_MEMORY_WOULD_TERMINATE = "BG111";
    public static final String MEMORY_OVER_MOBILE_QUOTA = "BG112";

    // --- BG2xx: the app and its registrations ---
    public static final String REGISTRATIONS_NOT_CHECKED_AT_LAUNCH = "BG201";
    public static final String DUPLICATE_REGISTRATION_NAME = "BG202";
    public static final String ACCESS_NOT_REQUESTED = "BG203";
    public static final String REGISTRATION_FAILURE_UNHANDLED = "BG204";
    public static final String NO_SERVICING_COMPLETE_TASK = "BG205";
    public static final String APP_TRIGGER_FROM_BACKGROUND = "BG206";

    // --- BG3xx: manifest and registration parameters ---
    public static final String TASK_TYPE_NOT_DECLARED = "BG301";
    public static final String ENTRY_POINT_NOT_DECLARED = "BG302";
    public static final String EXECUTABLE_WITHOUT_ITS_TRIGGER = "BG303";
    public static final String TRIGGER_NOT_ALLOWED_IN_PROCESS = "BG304";
    public static final String FRESHNESS_OUT_OF_RANGE = "BG305";
    public static final String CONFLICTING_CONDITIONS = "BG306";
    public static final String ONE_SHOT_CONTROL_CHANNEL_RESET = "BG307";
    public static final String CONDITIONS_ON_DEVICE_USE = "BG308";
    public static final String TRIGGER_REGISTERED_TWICE = "BG309";
}
