package sample;

import dev.bgsim.sdk.AppContext;
import dev.bgsim.sdk.BackgroundTaskBuilder;
import dev.bgsim.sdk.BackgroundTaskRegistration;
import dev.bgsim.sdk.BackgroundTaskRegistrationException;
import dev.bgsim.sdk.BackgroundTaskRegistrationGroup;
import dev.bgsim.sdk.SystemCondition;
import java.util.List;

/**
 * The sample's shared register and unregister helpers, as its scenario pages' buttons use them.
 * Everything here runs on the app's lifecycle thread.
 */
final class TaskRegistrar {

    private final AppContext context;
    private final StatusBoard board;
    private final TaskMonitor monitor;

    TaskRegistrar(AppContext context, StatusBoard board, TaskMonitor monitor) {
        this.context = context;
        this.board = board;
        this.monitor = monitor;
    }

    /** The registrations that carry the scenario's name now (usually one; none when unregistered). */
    List<BackgroundTaskRegistration> find(SampleScenario scenario) {
        return registrationsOf(scenario).stream()
                .filter(registration -> registration.getName().equals(scenario.registrationName()))
                .toList();
    }

    /**
     * What a scenario page does when it opens: finds the registrations with its name, shows them as
     * registered and re-attaches the progress and completed listeners.
     *
     * @return the registrations found; empty when the task is not registered
     */
    List<BackgroundTaskRegistration> reattach(SampleScenario scenario) {
        List<BackgroundTaskRegistration> existing = find(scenario);
        if (!existing.isEmpty()) {
            board.markRegistered(scenario.registrationName());
            existing.forEach(monitor::watch);
        }
        return existing;
    }

    /**
     * Registers the scenario's task, as the sample's Register button does: request access first
     * (time and application triggers only), build name, entry point, trigger, condition with
     * cancel-on-condition-loss, and group, then forget the previous run's result.
     *
     * @throws BackgroundTaskRegistrationException when the broker refuses; nothing was registered
     */
    BackgroundTaskRegistration register(SampleScenario scenario) throws BackgroundTaskRegistrationException {
        if (scenario.requestsAccessFirst()) {
            // As the sample does: ask, but neither wait for nor check the answer ("if the user
            // denies access, the task will not run"). The guidelines ask for more: see the
            // cancellation gallery's app, which registers only when access is not denied.
            context.getBackgroundExecutionManager().requestAccessAsync();
        }
        BackgroundTaskBuilder builder = context.newTaskBuilder()
                .setName(scenario.registrationName())
                .setTaskEntryPoint(scenario.entryPoint())
                .setTrigger(scenario.newTrigger());
        scenario.condition().ifPresent(condition -> builder
                .addCondition(new SystemCondition(condition))
                // A task that needs the internet should stop when the internet goes away.
                .setCancelOnConditionLoss(true));
        if (scenario.isGrouped()) {
            builder.setTaskGroup(SampleTaskGroup.in(context));
        }
        BackgroundTaskRegistration registration = builder.register();

        board.markRegistered(scenario.registrationName());
        context.getLocalSettings().remove(scenario.registrationName());
        monitor.watch(registration);
        return registration;
    }

    /**
     * Unregisters every registration with the scenario's name, cancelling running instances
     * (they see ABORT), as the sample's Unregister button does.
     */
    void unregister(SampleScenario scenario) {
        find(scenario).forEach(registration -> registration.unregister(true));
        board.markUnregistered(scenario.registrationName());
        board.refresh(scenario.registrationName());
    }

    /**
     * Scenario 6's "Unregister Ungrouped Tasks": unregisters (and cancels) every registration that
     * is not in a group, leaving grouped ones alone.
     */
    void unregisterUngrouped() {
        // getAllTasks() holds only ungrouped registrations: grouped ones live in their group.
        context.getAllTasks().values().forEach(registration -> registration.unregister(true));
        for (SampleScenario scenario : SampleScenario.values()) {
            if (!scenario.isGrouped()) {
                board.markUnregistered(scenario.registrationName());
                board.refresh(scenario.registrationName());
            }
        }
    }

    private List<BackgroundTaskRegistration> registrationsOf(SampleScenario scenario) {
        if (!scenario.isGrouped()) {
            return List.copyOf(context.getAllTasks().values());
        }
        BackgroundTaskRegistrationGroup group = context.getTaskGroup(SampleTaskGroup.ID);
        return group == null ? List.of() : List.copyOf(group.getAllTasks().values());
    }
}
