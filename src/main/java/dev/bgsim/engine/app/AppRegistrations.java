package dev.bgsim.engine.app;

import dev.bgsim.engine.broker.AppSignals;
import dev.bgsim.engine.broker.Broker;
import dev.bgsim.engine.broker.RegisterResult;
import dev.bgsim.engine.broker.Registration;
import dev.bgsim.engine.broker.RegistrationFacade;
import dev.bgsim.engine.broker.RegistrationRequest;
import dev.bgsim.engine.broker.RequestCaller;
import dev.bgsim.engine.broker.RequestVerdict;
import dev.bgsim.engine.host.CodeOwner;
import dev.bgsim.engine.host.EnginePort;
import dev.bgsim.engine.host.TaskThreads;
import dev.bgsim.engine.instance.Instance;
import dev.bgsim.pkg.TriggerKind;
import dev.bgsim.sdk.ApplicationTrigger;
import dev.bgsim.sdk.ApplicationTriggerDetails;
import dev.bgsim.sdk.ApplicationTriggerResult;
import dev.bgsim.sdk.BackgroundTaskRegistration;
import dev.bgsim.sdk.BackgroundTaskRegistrationException;
import dev.bgsim.sdk.BackgroundTaskRegistrationGroup;
import dev.bgsim.sdk.BackgroundTrigger;
import dev.bgsim.sdk.DeviceServicingDetails;
import dev.bgsim.sdk.DeviceServicingTrigger;
import dev.bgsim.sdk.DeviceTriggerResult;
import dev.bgsim.sdk.DeviceUseDetails;
import dev.bgsim.sdk.DeviceUseTrigger;
import dev.bgsim.sdk.MediaProcessingTrigger;
import dev.bgsim.sdk.MediaProcessingTriggerDetails;
import dev.bgsim.sdk.MediaProcessingTriggerResult;
import dev.bgsim.sdk.spi.SimulatorBindings;
import dev.bgsim.sdk.spi.TriggerRequestHandler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * The registrations as one app process sees them: its own {@link RegistrationFacade} objects
 * (listeners belong to them, so a new process starts without listeners), its group objects, and
 * triggers bound to this package's request handler. Engine thread only, except the request
 * handler, which is called on app or task threads and waits for the engine's answer.
 */
public final class AppRegistrations {
    private final Broker broker;
    private final AppSignals signals;
    private final EnginePort port;
    private final TaskThreads threads;
    private final Function<String, AppState> states;
    private final Function<String, Optional<AppProcess>> processes;
    private final Map<String, TriggerRequestHandler> handlers = new LinkedHashMap<>();

    public AppRegistrations(Broker broker, AppSignals signals, EnginePort port, TaskThreads threads,
                            Function<String, AppState> states, Function<String, Optional<AppProcess>> processes) {
        this.broker = broker;
        this.signals = signals;
        this.port = port;
        this.threads = threads;
        this.states = states;
        this.processes = processes;
    }

    /** What the app asked to register (a builder's state). */
    record Spec(String name, String entryPoint, BackgroundTrigger trigger, List<dev.bgsim.sdk.SystemConditionType> conditions,
                boolean cancelOnConditionLoss, boolean networkRequested, BackgroundTaskRegistrationGroup group) {
    }

    /** The answer to register(): the app's registration object, or the broker's refusal. */
    record Answer(BackgroundTaskRegistration registration, BackgroundTaskRegistrationException refusal) {
    }

    /** Engine thread only. register() from app code. */
    Answer register(AppProcess p, Spec spec) {
        String entry = spec.entryPoint() == null || spec.entryPoint().isEmpty() ? null : spec.entryPoint();
        String groupId = null;
        if (spec.group() != null) {
            groupId = spec.group().getId();
            remember(p, spec.group());
            broker.groupNames().putIfAbsent(groupId, spec.group().getName());
        }
        RegisterResult r = broker.register(new RegistrationRequest(p.packageName(), spec.name(), entry, spec.trigger(),
                spec.conditions(), spec.cancelOnConditionLoss(), spec.networkRequested(), groupId, "APP"));
        if (!r.ok()) {
            BackgroundTaskRegistrationException.Reason reason = r.reason() != null ? r.reason()
                    : BackgroundTaskRegistrationException.Reason.ACCESS_DENIED;
            return new Answer(null, new BackgroundTaskRegistrationException(reason, spec.name(),
                    r.details() != null ? r.details() : r.message()));
        }
        return new Answer(facadeFor(p, r.registration()), null);
    }

    /** Engine thread only. AllTasks: the package's registrations outside groups. */
    Map<UUID, BackgroundTaskRegistration> allTasks(AppProcess p) {
        Map<UUID, BackgroundTaskRegistration> out = new LinkedHashMap<>();
        for (Registration r : packageRegistrations(p.packageName())) {
            if (r.groupId() == null) {
                out.put(r.taskId(), facadeFor(p, r));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** Engine thread only. AllTaskGroups: groups holding at least one registration. */
    Map<String, BackgroundTaskRegistrationGroup> allGroups(AppProcess p) {
        Map<String, BackgroundTaskRegistrationGroup> out = new LinkedHashMap<>();
        for (Registration r : packageRegistrations(p.packageName())) {
            if (r.groupId() != null) {
                out.computeIfAbsent(r.groupId(), id -> groupFor(p, id));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** Engine thread only. GetTaskGroup: null when no registration is in the group. */
    BackgroundTaskRegistrationGroup group(AppProcess p, String id) {
        boolean any = packageRegistrations(p.packageName()).stream().anyMatch(r -> id.equals(r.groupId()));
        return any ? groupFor(p, id) : null;
    }

    private List<Registration> packageRegistrations(String pkg) {
        return broker.registrations().stream().filter(r -> r.packageName().equals(pkg)).toList();
    }

    /** The process's object for a registration (one per registration per process), its trigger bound. */
    RegistrationFacade facadeFor(AppProcess p, Registration r) {
        RegistrationFacade f = p.facades.get(r.taskId());
        if (f == null) {
            BackgroundTaskRegistrationGroup g = r.groupId() == null ? null : groupFor(p, r.groupId());
            f = new RegistrationFacade(r.taskId(), r.name(), r.trigger(), g, port, (id, cancel) -> broker.unregister(id, cancel, Broker.BY_APP));
            p.facades.put(r.taskId(), f);
        }
        SimulatorBindings.bind(r.trigger(), handler(p.packageName()));
        return f;
    }

    private BackgroundTaskRegistrationGroup groupFor(AppProcess p, String id) {
        List<BackgroundTaskRegistrationGroup> known = p.groups.get(id);
        if (known != null && !known.isEmpty()) {
            return known.get(0);
        }
        BackgroundTaskRegistrationGroup g = new BackgroundTaskRegistrationGroup(id, broker.groupNames().getOrDefault(id, ""));
        remember(p, g);
        return g;
    }

    private void remember(AppProcess p, BackgroundTaskRegistrationGroup g) {
        List<BackgroundTaskRegistrationGroup> known = p.groups.computeIfAbsent(g.getId(), k -> new ArrayList<>());
        if (known.stream().noneMatch(x -> x == g)) {
            known.add(g);
        }
        SimulatorBindings.bind(g, group -> port.call(() -> {
            Map<UUID, BackgroundTaskRegistration> out = new LinkedHashMap<>();
            for (Registration r : packageRegistrations(p.packageName())) {
                if (group.getId().equals(r.groupId())) {
                    out.put(r.taskId(), facadeFor(p, r));
                }
            }
            return Collections.unmodifiableMap(out);
        }));
    }

    // ---------------------------------------------------------------- trigger requests

    /** The package's request handler, bound to every trigger it hands out. */
    TriggerRequestHandler handler(String pkg) {
        return handlers.computeIfAbsent(pkg, Handler::new);
    }

    /** Engine thread only. Who is calling, as the rules see it. */
    private RequestCaller classify(String pkg, CodeOwner owner) {
        if (owner instanceof Instance) {
            return RequestCaller.TASK;
        }
        if (owner instanceof AppProcess p) {
            boolean current = processes.apply(pkg).map(x -> x == p).orElse(false);
            return current && states.apply(pkg) == AppState.RUNNING ? RequestCaller.FOREGROUND_APP
                    : RequestCaller.BACKGROUND_APP;
        }
        return RequestCaller.UNKNOWN;
    }

    /** Engine thread only. The registration a trigger object stands for: itself, or the package's one of its kind. */
    private Optional<Registration> registrationOf(String pkg, BackgroundTrigger trigger) {
        List<Registration> regs = packageRegistrations(pkg);
        return regs.stream().filter(r -> r.trigger() == trigger).findFirst()
                .or(() -> regs.stream().filter(r -> r.kind() == TriggerKind.of(trigger)).findFirst());
    }

    /** Any thread. Decides on the engine thread; the answer is complete when this returns. */
    private RequestVerdict request(String pkg, BackgroundTrigger trigger, Object details) {
        CodeOwner owner = threads.callerOwner();
        return port.call(() -> registrationOf(pkg, trigger)
                .map(r -> signals.request(r, classify(pkg, owner), details))
                .orElse(RequestVerdict.UNKNOWN_ERROR));
    }

    /**
     * requestAsync on app or task threads: the calling thread waits for the engine (never the other
     * way round), so the stage is complete on return and continuations run on the caller's thread.
     */
    private final class Handler implements TriggerRequestHandler {
        private final String pkg;

        Handler(String pkg) {
            this.pkg = pkg;
        }

        @Override
        public CompletionStage<ApplicationTriggerResult> requestApplicationTrigger(ApplicationTrigger trigger,
                                                                                    Map<String, Object> arguments) {
            return CompletableFuture.completedStage(request(pkg, trigger, new ApplicationTriggerDetails(arguments)).application());
        }

        @Override
        public CompletionStage<MediaProcessingTriggerResult> requestMediaProcessingTrigger(MediaProcessingTrigger trigger,
                                                                                           Map<String, Object> arguments) {
            return CompletableFuture.completedStage(request(pkg, trigger, new MediaProcessingTriggerDetails(arguments)).media());
        }

        @Override
        public CompletionStage<DeviceTriggerResult> requestDeviceUseTrigger(DeviceUseTrigger trigger, String deviceId,
                                                                            String arguments) {
            return CompletableFuture.completedStage(request(pkg, trigger, new DeviceUseDetails(deviceId, arguments)).device());
        }

        @Override
        public CompletionStage<DeviceTriggerResult> requestDeviceServicingTrigger(DeviceServicingTrigger trigger,
                                                                                  String deviceId, Duration expectedDuration,
                                                                                  String arguments) {
            return CompletableFuture.completedStage(request(pkg, trigger,
                    new DeviceServicingDetails(deviceId, expectedDuration, arguments)).device());
        }
    }
}
