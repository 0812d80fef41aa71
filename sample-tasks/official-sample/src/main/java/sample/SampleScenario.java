package sample;

import dev.bgsim.sdk.ApplicationTrigger;
import dev.bgsim.sdk.BackgroundTrigger;
import dev.bgsim.sdk.SystemConditionType;
import dev.bgsim.sdk.SystemTrigger;
import dev.bgsim.sdk.SystemTriggerType;
import dev.bgsim.sdk.TimeTrigger;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import tasks.SampleBackgroundTask;
import tasks.ServicingComplete;

/**
 * The six scenario pages of the official sample and what each one registers: the registration
 * name (exact strings, the app and the scenario files rely on them), the task class, the trigger,
 * the optional condition and whether the registration goes into the sample's task group.
 */
enum SampleScenario {
    BACKGROUND_TASK("SampleBackgroundTask", SampleBackgroundTask.class,
            () -> new SystemTrigger(SystemTriggerType.TIME_ZONE_CHANGE, false), null, false),
    BACKGROUND_TASK_WITH_CONDITION("SampleBackgroundTaskWithCondition", SampleBackgroundTask.class,
            () -> new SystemTrigger(SystemTriggerType.TIME_ZONE_CHANGE, false), SystemConditionType.INTERNET_AVAILABLE, false),
    SERVICING_COMPLETE_TASK("ServicingCompleteTask", ServicingComplete.class,
            () -> new SystemTrigger(SystemTriggerType.SERVICING_COMPLETE, false), null, false),
    TIME_TRIGGERED_TASK("TimeTriggeredTask", SampleBackgroundTask.class,
            () -> new TimeTrigger(15, false), null, false),
    APPLICATION_TRIGGER_TASK("ApplicationTriggerTask", SampleBackgroundTask.class,
            ApplicationTrigger::new, null, false),
    GROUPED_BACKGROUND_TASK("GroupedBackgroundTask", SampleBackgroundTask.class,
            () -> new SystemTrigger(SystemTriggerType.TIME_ZONE_CHANGE, false), null, true);

    private final String registrationName;
    private final String entryPoint;
    private final Supplier<BackgroundTrigger> triggerFactory;
    private final SystemConditionType condition;
    private final boolean grouped;

    SampleScenario(String registrationName, Class<?> taskClass, Supplier<BackgroundTrigger> triggerFactory,
                   SystemConditionType condition, boolean grouped) {
        this.registrationName = registrationName;
        // The class's own name, so that a renamed task class cannot leave a stale entry point behind.
        this.entryPoint = taskClass.getName();
        this.triggerFactory = triggerFactory;
        this.condition = condition;
        this.grouped = grouped;
    }

    /** The registration name, also the LocalSettings key the task leaves its result under. */
    String registrationName() {
        return registrationName;
    }

    /** The fully qualified task class, as declared in the manifest. */
    String entryPoint() {
        return entryPoint;
    }

    /** A new trigger object for a new registration. */
    BackgroundTrigger newTrigger() {
        return triggerFactory.get();
    }

    /** The condition the task waits for, if any. */
    Optional<SystemConditionType> condition() {
        return Optional.ofNullable(condition);
    }

    /** Whether the registration belongs to {@link SampleTaskGroup}. */
    boolean isGrouped() {
        return grouped;
    }

    /**
     * Whether registering asks for background access first. The sample does so only for the two
     * triggers that never run without it: TimeTrigger and ApplicationTrigger.
     */
    boolean requestsAccessFirst() {
        return this == TIME_TRIGGERED_TASK || this == APPLICATION_TRIGGER_TASK;
    }

    /** The scenario whose registration has this name. */
    static Optional<SampleScenario> named(String registrationName) {
        return Arrays.stream(values()).filter(s -> s.registrationName.equals(registrationName)).findFirst();
    }
}
