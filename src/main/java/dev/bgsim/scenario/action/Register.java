package dev.bgsim.scenario.action;

import dev.bgsim.sdk.SystemConditionType;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Registers a task as the user does from the GUI (SPEC 3.3), with every broker rule applied;
 * a refused registration is an event a later expectation can look for.
 *
 * @param packageName           the package the task belongs to
 * @param name                  the registration name
 * @param entryPoint            the task class; empty: in-process (the app's
 *                              {@code onBackgroundActivated})
 * @param trigger               what fires it
 * @param conditions            conditions that must all hold for it to start
 * @param cancelOnConditionLoss cancel a running instance with CONDITION_LOSS when one no longer holds
 * @param networkRequested      the task asks for the network to be kept up while it runs
 *                              ({@code BackgroundTaskBuilder.setNetworkRequested})
 * @param group                 the task group id, if any
 */
public record Register(String packageName, String name, Optional<String> entryPoint, TriggerSpec trigger,
                       List<SystemConditionType> conditions, boolean cancelOnConditionLoss,
                       boolean networkRequested, Optional<String> group) implements Action {

    /** The {@code "do"} word. */
    public static final String VERB = "register";

    public Register {
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(entryPoint, "entryPoint");
        Objects.requireNonNull(trigger, "trigger");
        conditions = List.copyOf(conditions);
        Objects.requireNonNull(group, "group");
    }

    @Override
    public String verb() {
        return VERB;
    }

    @Override
    public String describe() {
        return VERB + " " + packageName + "/" + name
                + " (" + entryPoint.orElse("in-process") + ", " + trigger.describe()
                + (conditions.isEmpty() ? "" : ", when " + conditions)
                + (cancelOnConditionLoss ? ", cancel on condition loss" : "")
                + (networkRequested ? ", network requested" : "")
                + group.map(g -> ", group " + g).orElse("") + ")";
    }
}
