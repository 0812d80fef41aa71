package dev.bgsim.engine.broker;

import dev.bgsim.engine.device.DeviceProfile;
import dev.bgsim.engine.device.DeviceState;
import dev.bgsim.engine.event.EventLog;
import dev.bgsim.engine.event.Events;
import dev.bgsim.engine.instance.InstanceController;
import dev.bgsim.pkg.TriggerKind;
import java.util.function.Supplier;

/**
 * App-signalled triggers (ApplicationTrigger, MediaProcessingTrigger, DeviceUseTrigger,
 * DeviceServicingTrigger): decides with {@link RequestRules}, records a TriggerRequested event,
 * and fires the registration when allowed. Engine thread only.
 */
public final class AppSignals {
    private final Broker broker;
    private final InstanceController instances;
    private final EventLog log;
    private final Supplier<DeviceState> device;
    private final Supplier<DeviceProfile> profile;

    public AppSignals(Broker broker, InstanceController instances, EventLog log, Supplier<DeviceState> device,
                      Supplier<DeviceProfile> profile) {
        this.broker = broker;
        this.instances = instances;
        this.log = log;
        this.device = device;
        this.profile = profile;
    }

    /** Engine thread only. A request from {@code caller} with the trigger details the task will see. */
    public RequestVerdict request(Registration reg, RequestCaller caller, Object details) {
        if (reg.isRemoved()) {
            log.emit(reg.subjects(), new Events.TriggerRequested(reg.trigger().toString(), "UNKNOWN_ERROR",
                    caller.name(), "the registration was removed", details));
            return RequestVerdict.UNKNOWN_ERROR;
        }
        DeviceState d = device.get();
        long deviceUse = instances.live().values().stream()
                .filter(i -> i.registration().kind() == TriggerKind.DEVICE_USE).count();
        RequestRules.Decision decision = RequestRules.decide(new RequestRules.Input(reg.kind(), caller,
                !reg.running().isEmpty(), broker.accessStatus(reg.packageName()), d.saverActive(),
                d.onBattery() && d.batteryPercent() < d.saverThresholdPercent(),
                deviceUse >= profile.get().deviceUseConcurrency()));
        log.emit(reg.subjects(), new Events.TriggerRequested(reg.trigger().toString(), resultName(reg.kind(),
                decision.verdict()), caller.name(), decision.why(), details));
        if (decision.verdict() == RequestVerdict.ALLOWED) {
            broker.fire(reg, false, details, caller == RequestCaller.USER ? "USER_REQUEST" : "APP_REQUEST");
        }
        return decision.verdict();
    }

    /** The SDK result constant for a verdict on a trigger of {@code kind}. */
    public static String resultName(TriggerKind kind, RequestVerdict v) {
        return switch (kind) {
            case DEVICE_USE, DEVICE_SERVICING -> v.device().name();
            case MEDIA_PROCESSING -> v.media().name();
            default -> v.application().name();
        };
    }
}
