package dev.bgsim.engine.broker;

import dev.bgsim.engine.device.AccessSetting;
import dev.bgsim.engine.device.AccessTable;
import dev.bgsim.engine.device.DeviceProfile;
import dev.bgsim.engine.device.DeviceState;
import dev.bgsim.engine.device.MemoryPressure;
import dev.bgsim.engine.instance.Instance;
import dev.bgsim.engine.instance.InstanceController;
import dev.bgsim.pkg.TriggerKind;
import dev.bgsim.sdk.BackgroundAccessStatus;
import dev.bgsim.sdk.BackgroundTaskCancellationReason;
import dev.bgsim.sdk.SystemConditionType;
import dev.bgsim.sdk.SystemTrigger;
import dev.bgsim.sdk.SystemTriggerType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Conditions and policy gates (SPEC 3.5): why an activation must wait, in words the GUI shows
 * ("why pending"), and which cancellation reason a closed gate gives a running instance. Reads
 * state, changes none. Engine thread only.
 */
final class PolicyGates {
    private final PackageTable packages;
    private final InstanceController instances;
    private final Supplier<DeviceState> device;
    private final Supplier<DeviceProfile> profile;

    PolicyGates(PackageTable packages, InstanceController instances, Supplier<DeviceState> device,
                Supplier<DeviceProfile> profile) {
        this.packages = packages;
        this.instances = instances;
        this.device = device;
        this.profile = profile;
    }

    /** Why a registration's activation waits (empty: it may start now). Conditions first, then policy gates. */
    List<PendingReason> whyPending(Registration reg) {
        List<PendingReason> out = new ArrayList<>();
        DeviceState d = device.get();
        for (SystemConditionType c : reg.conditions) {
            if (!d.holds(c)) {
                out.add(new PendingReason("CONDITION_UNMET", "waits for condition " + c));
            }
        }
        accessGates(reg, out);
        if (d.saverActive() && packages.get(reg.packageName).access != AccessSetting.ALWAYS_ALLOWED) {
            out.add(new PendingReason("BATTERY_SAVER", "battery saver is on and the app is not \"Always allowed\""));
        }
        if (reg.kind == TriggerKind.MAINTENANCE && d.onBattery()) {
            out.add(new PendingReason("NEEDS_AC_POWER", "maintenance tasks run only on AC power"));
        }
        if (profile.get().lowMemoryKills() && d.memoryPressure() != MemoryPressure.NORMAL) {
            out.add(new PendingReason("LOW_MEMORY", "no new background activations under " + d.memoryPressure()
                    + " memory pressure on profile " + profile.get().name()));
        }
        concurrencyGates(reg, out);
        return out;
    }

    private void accessGates(Registration reg, List<PendingReason> out) {
        PackageRuntime p = packages.get(reg.packageName);
        BackgroundAccessStatus access = packages.accessStatus(reg.packageName);
        if (p.accessResetByUpdate && !(reg.trigger instanceof SystemTrigger s
                && s.getTriggerType() == SystemTriggerType.SERVICING_COMPLETE)) {
            out.add(new PendingReason("ACCESS_RESET_BY_UPDATE", "the app was updated: background access is reset until"
                    + " the app calls removeAccess() and requestAccessAsync() again"));
        }
        if (AccessTable.denied(access)) {
            out.add(new PendingReason("ACCESS_DENIED", "background access is " + access));
        } else if (!p.accessRequested && (reg.kind == TriggerKind.TIME || reg.kind == TriggerKind.APPLICATION)) {
            out.add(new PendingReason("ACCESS_NOT_REQUESTED",
                    "the app never called requestAccessAsync(): " + reg.kind + " tasks do not run without it"));
        }
    }

    private void concurrencyGates(Registration reg, List<PendingReason> out) {
        if (!reg.running.isEmpty()) {
            out.add(new PendingReason("ALREADY_RUNNING", "an instance of " + reg.name + " is still running"));
        }
        if (reg.kind == TriggerKind.DEVICE_USE) {
            long running = instances.live().values().stream().filter(i -> i.registration().kind() == TriggerKind.DEVICE_USE).count();
            if (running >= profile.get().deviceUseConcurrency()) {
                out.add(new PendingReason("CONCURRENCY", "DeviceUseTrigger concurrency limit reached"));
            }
        }
    }

    /** The reason a closed gate cancels a running instance with, if one closed (SPEC 3.5). */
    Optional<BackgroundTaskCancellationReason> cancelReason(Instance i, DeviceState d) {
        Registration reg = i.registration();
        PackageRuntime p = packages.get(reg.packageName);
        if (d.saverActive() && p.access != AccessSetting.ALWAYS_ALLOWED) {
            return Optional.of(BackgroundTaskCancellationReason.ENERGY_SAVER);
        }
        if (reg.kind == TriggerKind.MAINTENANCE && d.onBattery()) {
            return Optional.of(BackgroundTaskCancellationReason.ABORT);
        }
        if (reg.cancelOnConditionLoss && reg.conditions.stream().anyMatch(c -> !d.holds(c))) {
            return Optional.of(BackgroundTaskCancellationReason.CONDITION_LOSS);
        }
        if (AccessTable.denied(packages.accessStatus(reg.packageName))) {
            return Optional.of(BackgroundTaskCancellationReason.SYSTEM_POLICY);
        }
        return Optional.empty();
    }
}
