package dev.bgsim.engine;

import dev.bgsim.engine.app.AppState;
import dev.bgsim.engine.broker.PendingReason;
import dev.bgsim.engine.device.DeviceState;
import dev.bgsim.engine.instance.InstanceState;
import dev.bgsim.engine.time.ClockStatus;
import dev.bgsim.engine.time.ScheduledItem;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An immutable read model of the whole simulated system, built on the engine thread by
 * {@link Engine#query}. Safe to keep and read from any thread.
 *
 * @param clock         why time is or is not skipping, and the next entry
 * @param schedule      every scheduled entry with its label, in firing order
 * @param device        device state
 * @param profile       profile name
 * @param registrations registrations with their "why pending"
 * @param instances     every instance ever started, in start order
 * @param hosts         hosts
 * @param apps          each loaded package's app state
 * @param lastSeq       last event sequence number
 * @param quiescent     no task code runs or waits for the baton and no work is queued
 */
public record EngineSnapshot(ClockStatus clock, List<ScheduledItem> schedule, DeviceState device, String profile,
                             List<RegistrationView> registrations, List<InstanceView> instances, List<HostView> hosts,
                             List<AppView> apps, long lastSeq, boolean quiescent) {

    /** A package's app: its lifecycle state and its process ("app X (process 2)"), or null when none runs. */
    public record AppView(String packageName, AppState state, String process) {
    }

    /** The app state of a package (NOT_RUNNING when unknown). */
    public AppState appState(String packageName) {
        return apps.stream().filter(a -> a.packageName().equals(packageName)).map(AppView::state).findFirst()
                .orElse(AppState.NOT_RUNNING);
    }

    /** A registration. */
    public record RegistrationView(UUID taskId, String packageName, String name, String entryPoint, String trigger,
                                   List<String> conditions, boolean pending, List<PendingReason> whyPending,
                                   boolean oneShotConsumed, int instancesStarted) {
    }

    /** An instance. */
    public record InstanceView(UUID id, int number, UUID taskId, String registration, InstanceState state,
                               String cancelReason, int progress, int suspendedCount, String hostId, boolean forced) {
    }

    /** A host. */
    public record HostView(String id, String kind, String placement, List<UUID> instances, boolean suspended, boolean dead) {
    }

    /** The instance {@code number} of the first registration named {@code registration}. */
    public Optional<InstanceView> instance(String registration, int number) {
        return instances.stream().filter(i -> i.registration().equals(registration) && i.number() == number).findFirst();
    }

    public Optional<RegistrationView> registration(String name) {
        return registrations.stream().filter(r -> r.name().equals(name)).findFirst();
    }
}
