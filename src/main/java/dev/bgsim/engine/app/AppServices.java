package dev.bgsim.engine.app;

import dev.bgsim.engine.broker.Broker;
import dev.bgsim.engine.broker.Registration;
import dev.bgsim.engine.broker.RegistrationFacade;
import dev.bgsim.engine.event.EventLog;
import dev.bgsim.engine.event.Events;
import dev.bgsim.engine.host.CodePieces;
import dev.bgsim.engine.instance.Instance;
import dev.bgsim.engine.instance.InstanceController;
import dev.bgsim.engine.instance.InstanceState;
import dev.bgsim.engine.instance.TaskInstanceImpl;
import dev.bgsim.engine.sdkimpl.SdkServices;
import dev.bgsim.engine.sdkimpl.SettingsStore;
import dev.bgsim.sdk.BackgroundActivatedEventArgs;
import dev.bgsim.sdk.BackgroundActivatedListener;
import dev.bgsim.sdk.BackgroundTaskCompletedEventArgs;
import dev.bgsim.sdk.BackgroundTaskCompletedListener;
import dev.bgsim.sdk.BackgroundTaskProgressEventArgs;
import dev.bgsim.sdk.BackgroundTaskProgressListener;
import dev.bgsim.sdk.BackgroundTaskRegistrationGroup;
import dev.bgsim.sdk.spi.SimulatorBindings;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What an app process gets from the engine: its {@link dev.bgsim.sdk.AppContext}, in-process
 * activations (onBackgroundActivated or the group's listeners) and the delivery of progress and
 * completions to the listeners it attached (SPEC 3.6: only while the app runs, queued while it
 * is suspended, not after it was terminated). Engine thread only unless a method says otherwise.
 */
public final class AppServices {
    private final Broker broker;
    private final InstanceController instances;
    private final CodePieces pieces;
    private final SdkServices sdk;
    private final SettingsStore settings;
    private final EventLog log;
    private final AppRegistrations registrations;
    private final Function<String, AppState> states;
    private final Function<String, Optional<AppProcess>> processes;

    public AppServices(Broker broker, AppRegistrations registrations, InstanceController instances, CodePieces pieces,
                       SdkServices sdk, SettingsStore settings, EventLog log, Function<String, AppState> states,
                       Function<String, Optional<AppProcess>> processes) {
        this.broker = broker;
        this.registrations = registrations;
        this.instances = instances;
        this.pieces = pieces;
        this.sdk = sdk;
        this.settings = settings;
        this.log = log;
        this.states = states;
        this.processes = processes;
    }

    /** Engine thread only. The AppContext of a new process. */
    AppContextImpl contextFor(AppProcess p) {
        return new AppContextImpl(p, registrations, broker, sdk, settings);
    }

    /** Engine thread only. Starts an in-process activation on the instance's own thread. */
    void activate(AppProcess p, Instance inst) {
        if (!inst.isLive()) {
            return;
        }
        if (inst.host() instanceof dev.bgsim.engine.host.ChildJvmHost) {
            // The package runs isolated: its app process is a child JVM (SPEC 3.8).
            var pkg = broker.packageRuntime(p.packageName()).orElseThrow().pkg();
            instances.startInIsolatedApp(inst, pkg.codeJars(), pkg.appEntryPoint().orElseThrow());
            return;
        }
        TaskInstanceImpl task = instances.facadeOf(inst);
        BackgroundActivatedEventArgs args = () -> task;
        Registration reg = inst.registration();
        String groupId = reg.groupId();
        List<BackgroundTaskRegistrationGroup> groups = groupId == null ? List.of()
                : List.copyOf(p.groups.getOrDefault(groupId, List.of()));
        String what = groupId == null ? "onBackgroundActivated" : "the BackgroundActivated listeners of group " + groupId;
        pieces.newThread(inst, inst.label() + " is running " + what, "bgsim-task-" + inst.shortName(),
                () -> instances.runStarted(inst), () -> {
            if (groupId != null) {
                for (BackgroundTaskRegistrationGroup g : groups) {
                    for (BackgroundActivatedListener l : SimulatorBindings.backgroundActivatedListeners(g)) {
                        l.onBackgroundActivated(g, args);
                    }
                }
            } else if (p.app() != null) {
                p.app().onBackgroundActivated(args);
            }
        }, () -> instances.runReturned(inst));
    }

    /** Engine thread only. Progress for the app's listeners on the instance's registration. */
    public void deliverProgress(Instance inst, int progress) {
        processes.apply(inst.registration().packageName()).ifPresent(p -> {
            RegistrationFacade f = p.facades.get(inst.registration().taskId());
            if (f == null || f.progressListeners().isEmpty()) {
                return;
            }
            BackgroundTaskProgressEventArgs args = new BackgroundTaskProgressEventArgs(inst.id(), progress);
            deliver(p, inst, "PROGRESS", f.progressListeners().size(), () -> {
                for (BackgroundTaskProgressListener l : f.progressListeners()) {
                    l.onProgress(f, args);
                }
            });
        });
    }

    /** Engine thread only. An ended instance for the app's completed listeners. */
    public void deliverCompletion(Instance inst) {
        processes.apply(inst.registration().packageName()).ifPresent(p -> {
            RegistrationFacade f = p.facades.get(inst.registration().taskId());
            if (f == null || f.completedListeners().isEmpty()) {
                return;
            }
            BackgroundTaskCompletedEventArgs args = completedArgs(inst);
            deliver(p, inst, "COMPLETED", f.completedListeners().size(), () -> {
                for (BackgroundTaskCompletedListener l : f.completedListeners()) {
                    l.onCompleted(f, args);
                }
            });
        });
    }

    /** As WinRT: completed (also after a cancellation), failed with the task's exception, or terminated. */
    static BackgroundTaskCompletedEventArgs completedArgs(Instance inst) {
        if (inst.state() == InstanceState.FAILED) {
            Throwable cause = inst.failureCause() != null ? inst.failureCause() : new IllegalStateException("failed");
            return BackgroundTaskCompletedEventArgs.failed(inst.id(), cause);
        }
        if (inst.state() == InstanceState.TERMINATED) {
            return BackgroundTaskCompletedEventArgs.terminated(inst.id(), inst.endCause() + ": " + inst.endReason());
        }
        return BackgroundTaskCompletedEventArgs.completed(inst.id());
    }

    private void deliver(AppProcess p, Instance inst, String kind, int listeners, CodePieces.ThrowingRunnable body) {
        String label = kind.toLowerCase() + " listeners of " + inst.shortName();
        if (states.apply(p.packageName()) == AppState.SUSPENDED) {
            log.emit(inst.subjects(), new Events.AppNotified(kind, "QUEUED", listeners));
            List<Runnable> q = p.queuedWhileSuspended;
            q.add(() -> {
                log.emit(inst.subjects(), new Events.AppNotified(kind, "DELIVERED_AFTER_RESUME", listeners));
                p.enqueue(label, body);
            });
            return;
        }
        log.emit(inst.subjects(), new Events.AppNotified(kind, "DELIVERED", listeners));
        p.enqueue(label, body);
    }
}
