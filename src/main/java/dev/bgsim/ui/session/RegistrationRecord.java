package dev.bgsim.ui.session;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A registration as the GUI knows it from the event stream. FX thread only. */
public final class RegistrationRecord {
    final UUID id;
    final PackageRecord pkg;
    final String name;
    final String entryPoint;
    final String trigger;
    final String triggerKind;
    final List<String> conditions;
    final List<InstanceRecord> instances = new ArrayList<>();
    String whyPending;
    boolean removed;
    String lastTrigger;
    String lastTriggerDetails;

    RegistrationRecord(UUID id, PackageRecord pkg, String name, String entryPoint, String trigger,
                       String triggerKind, List<String> conditions) {
        this.id = id;
        this.pkg = pkg;
        this.name = name;
        this.entryPoint = entryPoint;
        this.trigger = trigger;
        this.triggerKind = triggerKind;
        this.conditions = List.copyOf(conditions);
    }

    public UUID id() { return id; }

    public PackageRecord pkg() { return pkg; }

    public String name() { return name; }

    /** Null for in-process tasks. */
    public String entryPoint() { return entryPoint; }

    public String trigger() { return trigger; }

    public String triggerKind() { return triggerKind; }

    public List<String> conditions() { return conditions; }

    /** Why the latched activation waits, or null when nothing is pending. */
    public String whyPending() { return whyPending; }

    public boolean removed() { return removed; }

    public List<InstanceRecord> instances() { return List.copyOf(instances); }

    /** Instances not yet in a final state. */
    public List<InstanceRecord> liveInstances() {
        return instances.stream().filter(i -> !i.isFinal()).toList();
    }

    /** One word for the tree: running, pending, idle or removed. */
    public String status() {
        if (removed) {
            return "removed";
        }
        if (!liveInstances().isEmpty()) {
            return "running";
        }
        return whyPending != null ? "pending" : "idle";
    }
}
