package dev.bgsim.engine.broker;

import dev.bgsim.engine.event.Subjects;
import dev.bgsim.engine.instance.Instance;
import dev.bgsim.engine.packages.DeclaredTask;
import dev.bgsim.pkg.TriggerKind;
import dev.bgsim.sdk.BackgroundTrigger;
import dev.bgsim.sdk.SystemConditionType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A registration as the broker keeps it. Engine thread only. */
public final class Registration {
    final UUID taskId;
    final String name;
    final String packageName;
    final String entryPoint;
    final BackgroundTrigger trigger;
    final TriggerKind kind;
    final List<SystemConditionType> conditions;
    final boolean cancelOnConditionLoss;
    final boolean networkRequested;
    final String groupId;
    final String origin;
    final DeclaredTask declared;
    final boolean taskTypeDeclared;
    final Instant registeredAt;
    boolean consumed;
    boolean removed;
    int instanceCounter;
    Activation pending;
    List<String> lastPendingCodes = List.of();
    final List<Instance> running = new ArrayList<>();
    Instant nextDue;

    Registration(UUID taskId, String name, String packageName, String entryPoint, BackgroundTrigger trigger,
                 List<SystemConditionType> conditions, boolean cancelOnConditionLoss, boolean networkRequested,
                 String groupId, String origin,
                 DeclaredTask declared, boolean taskTypeDeclared, Instant registeredAt) {
        this.taskId = taskId;
        this.name = name;
        this.packageName = packageName;
        this.entryPoint = entryPoint;
        this.trigger = trigger;
        this.kind = TriggerKind.of(trigger);
        this.conditions = List.copyOf(conditions);
        this.cancelOnConditionLoss = cancelOnConditionLoss;
        this.networkRequested = networkRequested;
        this.groupId = groupId;
        this.origin = origin;
        this.declared = declared;
        this.taskTypeDeclared = taskTypeDeclared;
        this.registeredAt = registeredAt;
    }

    public UUID taskId() {
        return taskId;
    }

    public String name() {
        return name;
    }

    public String packageName() {
        return packageName;
    }

    public String entryPoint() {
        return entryPoint;
    }

    /** Whether the task asked the system to keep the network up while it runs. */
    public boolean networkRequested() {
        return networkRequested;
    }

    public boolean inProcess() {
        return entryPoint == null;
    }

    public BackgroundTrigger trigger() {
        return trigger;
    }

    public TriggerKind kind() {
        return kind;
    }

    public List<SystemConditionType> conditions() {
        return conditions;
    }

    public boolean cancelOnConditionLoss() {
        return cancelOnConditionLoss;
    }

    /** The group id, or null. */
    public String groupId() {
        return groupId;
    }

    public String origin() {
        return origin;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public DeclaredTask declared() {
        return declared;
    }

    public List<Instance> running() {
        return running;
    }

    public boolean isPending() {
        return pending != null;
    }

    public boolean isConsumed() {
        return consumed;
    }

    public int instancesStarted() {
        return instanceCounter;
    }

    public boolean isRemoved() {
        return removed;
    }

    public Subjects subjects() {
        return new Subjects(packageName, taskId, name, null, 0, null);
    }

    /** The next instance number (1-based). */
    public int nextInstanceNumber() {
        return ++instanceCounter;
    }
}
