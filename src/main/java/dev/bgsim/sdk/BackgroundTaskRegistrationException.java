package dev.bgsim.sdk;

import java.util.Objects;

/**
 * The simulated broker refused a registration: thrown by {@link BackgroundTaskBuilder#register()}.
 * The {@link #getReason() reason} says what is wrong and what to do; the message names the
 * registration, the reason and the details. Nothing was registered.
 */
public final class BackgroundTaskRegistrationException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the broker refused, in words a user can act on. */
    public enum Reason {
        /** No trigger was set. */
        NO_TRIGGER("no trigger was set",
                "call setTrigger(...) on the builder before register()"),
        /** The trigger type is {@link SystemTriggerType#INVALID}. */
        INVALID_TRIGGER_TYPE("the trigger type is INVALID",
                "use a real SystemTriggerType"),
        /** A condition type is {@link SystemConditionType#INVALID}. */
        INVALID_CONDITION_TYPE("a condition type is INVALID",
                "use a real SystemConditionType or drop the condition"),
        /** The entry point is not declared in the manifest ("class not registered"). */
        ENTRY_POINT_NOT_DECLARED("the entry point is not declared in the package manifest (class not registered)",
                "declare the class in the manifest's backgroundTasks with the trigger's task type, "
                        + "or leave the entry point unset to run the task in-process"),
        /** The entry point is declared but its class is not in the package's code. */
        ENTRY_POINT_NOT_FOUND("the entry point class is not in the package's code",
                "check the spelling (entry points are case-sensitive) and that the jar holds the class"),
        /** The entry point class cannot run as a task. */
        ENTRY_POINT_NOT_USABLE("the entry point class cannot be run as a task",
                "make it a public class with a public no-argument constructor that implements BackgroundTask"),
        /** The strict profile: the entry point is declared, but without the trigger's task type. */
        TASK_TYPE_NOT_DECLARED("the entry point is declared without the trigger's task type (strict profile)",
                "add the trigger's task type (for example general, timer, systemEvent) to the class's "
                        + "declaration in the manifest"),
        /** Time or maintenance trigger freshness under 15 minutes. */
        FRESHNESS_TOO_SHORT("the trigger's freshness is under 15 minutes",
                "use a freshness of at least 15 minutes"),
        /** Maintenance trigger freshness over 30 days. */
        FRESHNESS_TOO_LONG("the maintenance trigger's freshness is over 30 days (43,200 minutes)",
                "use a freshness of at most 43,200 minutes"),
        /** {@code SystemTrigger(CONTROL_CHANNEL_RESET, oneShot = true)}. */
        ONE_SHOT_CONTROL_CHANNEL_RESET("a CONTROL_CHANNEL_RESET system trigger cannot be one-shot",
                "create the SystemTrigger with oneShot = false"),
        /** Conditions on a {@link DeviceUseTrigger}. */
        CONDITIONS_NOT_ALLOWED("a DeviceUseTrigger registration cannot have conditions",
                "remove the addCondition(...) calls"),
        /** A second ApplicationTrigger, MediaProcessingTrigger or DeviceUseTrigger registration. */
        TRIGGER_ALREADY_REGISTERED("the package already has a registration with this trigger type "
                + "(one ApplicationTrigger, MediaProcessingTrigger and DeviceUseTrigger each)",
                "reuse the existing registration from getAllTasks(), or unregister it first"),
        /** A DeviceUseTrigger or DeviceServicingTrigger without entry point. */
        NOT_ALLOWED_IN_PROCESS("this trigger cannot run an in-process task",
                "set an entry point declared in the manifest, so the task runs out-of-process"),
        /** Background access is denied (DENIED_BY_USER or DENIED_BY_SYSTEM_POLICY). */
        ACCESS_DENIED("background access is denied for this app",
                "ask the user to allow background activity for the app (Managed by Windows or Always "
                        + "allowed), then call requestAccessAsync() again");

        private final String description;
        private final String remedy;

        Reason(String description, String remedy) {
            this.description = description;
            this.remedy = remedy;
        }

        /** What is wrong, one sentence in lower case. */
        public String getDescription() {
            return description;
        }

        /** What to do about it, one sentence in lower case. */
        public String getRemedy() {
            return remedy;
        }
    }

    private final Reason reason;
    private final String registrationName;

    /**
     * Creates the exception.
     *
     * @param reason why the broker refused
     * @param registrationName the builder's name, or null when none was set
     * @param details specifics for the message (for example {@code "freshness 10 minutes"}), or null
     * @throws NullPointerException when {@code reason} is null
     */
    public BackgroundTaskRegistrationException(Reason reason, String registrationName, String details) {
        super(message(reason, registrationName, details));
        this.reason = reason;
        this.registrationName = registrationName;
    }

    private static String message(Reason reason, String registrationName, String details) {
        Objects.requireNonNull(reason, "reason");
        String name = registrationName == null ? "unnamed registration" : "registration '" + registrationName + "'";
        String specifics = details == null || details.isBlank() ? "" : " (" + details + ")";
        return "Cannot register " + name + ": " + reason.getDescription() + specifics + "; "
                + reason.getRemedy() + ". [" + reason + "]";
    }

    /** Why the broker refused. */
    public Reason getReason() {
        return reason;
    }

    /** The name of the refused registration, or null when none was set. */
    public String getRegistrationName() {
        return registrationName;
    }
}
