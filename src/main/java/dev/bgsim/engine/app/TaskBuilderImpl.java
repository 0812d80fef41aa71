package dev.bgsim.engine.app;

import dev.bgsim.sdk.BackgroundTaskBuilder;
import dev.bgsim.sdk.BackgroundTaskRegistration;
import dev.bgsim.sdk.BackgroundTaskRegistrationException;
import dev.bgsim.sdk.BackgroundTaskRegistrationGroup;
import dev.bgsim.sdk.BackgroundTrigger;
import dev.bgsim.sdk.SystemCondition;
import dev.bgsim.sdk.SystemConditionType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** BackgroundTaskBuilder for app code; register() goes to the broker through the app's context. App threads. */
final class TaskBuilderImpl implements BackgroundTaskBuilder {
    /** Registers a spec; throws the broker's refusal. */
    interface Registrar {
        BackgroundTaskRegistration register(AppRegistrations.Spec spec) throws BackgroundTaskRegistrationException;
    }

    private final Registrar registrar;
    private String name;
    private String entryPoint;
    private BackgroundTrigger trigger;
    private final List<SystemConditionType> conditions = new ArrayList<>();
    private boolean cancelOnConditionLoss;
    private boolean networkRequested;
    private BackgroundTaskRegistrationGroup group;

    TaskBuilderImpl(Registrar registrar) {
        this.registrar = registrar;
    }

    @Override
    public BackgroundTaskBuilder setName(String name) {
        this.name = name;
        return this;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public BackgroundTaskBuilder setTaskEntryPoint(String entryPoint) {
        this.entryPoint = entryPoint;
        return this;
    }

    @Override
    public String getTaskEntryPoint() {
        return entryPoint;
    }

    @Override
    public BackgroundTaskBuilder setTrigger(BackgroundTrigger trigger) {
        this.trigger = trigger;
        return this;
    }

    @Override
    public BackgroundTaskBuilder addCondition(SystemCondition condition) {
        conditions.add(Objects.requireNonNull(condition, "condition").getConditionType());
        return this;
    }

    @Override
    public BackgroundTaskBuilder setCancelOnConditionLoss(boolean cancelOnConditionLoss) {
        this.cancelOnConditionLoss = cancelOnConditionLoss;
        return this;
    }

    @Override
    public boolean isCancelOnConditionLoss() {
        return cancelOnConditionLoss;
    }

    @Override
    public BackgroundTaskBuilder setNetworkRequested(boolean networkRequested) {
        this.networkRequested = networkRequested;
        return this;
    }

    @Override
    public boolean isNetworkRequested() {
        return networkRequested;
    }

    @Override
    public BackgroundTaskBuilder setTaskGroup(BackgroundTaskRegistrationGroup group) {
        this.group = group;
        return this;
    }

    @Override
    public BackgroundTaskRegistrationGroup getTaskGroup() {
        return group;
    }

    @Override
    public BackgroundTaskRegistration register() throws BackgroundTaskRegistrationException {
        return registrar.register(new AppRegistrations.Spec(name, entryPoint, trigger, List.copyOf(conditions),
                cancelOnConditionLoss, networkRequested, group));
    }
}
